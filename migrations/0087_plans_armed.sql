-- A plan's triggers count from the instant it is armed (issue 16): a plan written today for the
-- year ahead does not fire on a signpost that was seen in 2006. Null: from any instant the data
-- covers.
ALTER TABLE plans ADD COLUMN armed_from timestamptz;
ALTER TABLE plans_history ADD COLUMN armed_from timestamptz;
