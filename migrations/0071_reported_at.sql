-- Knowledge time: `reported_at`, when the world had the fact (DESIGN.md, "Two clocks").
-- `as_of` reads transaction time (what Watchfloor had recorded); `known_by` reads this one.
-- A writer may state it (a data set's own date, GDELT's DATEADDED, a source's publication
-- time); where none does, the rule is the end of what is known of the fact's time: the end of
-- the last day of an event's interval, the statement's own instant (`said_at`) or the end of
-- the day it was said on. The rule lives here, in one trigger, so every path that writes a row
-- (API, import, sync, knowledge base) gets the same default.
-- Columns are appended to each table and its history twin alike (wf_version_row copies rows
-- positionally).
ALTER TABLE events ADD COLUMN reported_at timestamptz;
ALTER TABLE events_history ADD COLUMN reported_at timestamptz;
ALTER TABLE statements ADD COLUMN reported_at timestamptz;
ALTER TABLE statements_history ADD COLUMN reported_at timestamptz;

CREATE FUNCTION wf_event_reported_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.reported_at IS NULL THEN
        NEW.reported_at := ((NEW.occurred_end + 1)::timestamp AT TIME ZONE 'UTC');
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION wf_statement_reported_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.reported_at IS NULL THEN
        NEW.reported_at := coalesce(NEW.said_at, (NEW.said_on + 1)::timestamp AT TIME ZONE 'UTC');
    END IF;
    RETURN NEW;
END $$;

-- Existing rows take the rule, without a new version or a feed entry: nothing was reported
-- anew, the column is new. (History rows too: every version has a knowledge time.)
ALTER TABLE events DISABLE TRIGGER USER;
UPDATE events SET reported_at = ((occurred_end + 1)::timestamp AT TIME ZONE 'UTC');
ALTER TABLE events ENABLE TRIGGER USER;
UPDATE events_history SET reported_at = ((occurred_end + 1)::timestamp AT TIME ZONE 'UTC');
ALTER TABLE statements DISABLE TRIGGER USER;
UPDATE statements SET reported_at = coalesce(said_at, (said_on + 1)::timestamp AT TIME ZONE 'UTC');
ALTER TABLE statements ENABLE TRIGGER USER;
UPDATE statements_history
   SET reported_at = coalesce(said_at, (said_on + 1)::timestamp AT TIME ZONE 'UTC');

ALTER TABLE events ALTER COLUMN reported_at SET NOT NULL;
ALTER TABLE statements ALTER COLUMN reported_at SET NOT NULL;

-- BEFORE triggers fire in name order; these fill NEW before anything reads it.
CREATE TRIGGER events_reported_at BEFORE INSERT OR UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION wf_event_reported_at();
CREATE TRIGGER statements_reported_at BEFORE INSERT OR UPDATE ON statements
    FOR EACH ROW EXECUTE FUNCTION wf_statement_reported_at();

-- known_by bounds reads and computed figures by reported_at within a dataset.
CREATE INDEX events_reported ON events (dataset, reported_at);
CREATE INDEX statements_reported ON statements (dataset, reported_at);
