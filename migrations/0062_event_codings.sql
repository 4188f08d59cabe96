-- What GDELT, ICEWS and UCDP say of an event beyond the common model, as typed blocks:
-- GDELT's mentions, sources, articles, tone and root flag; ICEWS's intensity and story; UCDP's
-- deaths per side. Each is the wire object as written (jsonb), NULL for an event the data set
-- did not code. Columns are appended to the table and its history twin alike, keeping their
-- column order identical (wf_version_row copies rows positionally).
ALTER TABLE events ADD COLUMN gdelt jsonb, ADD COLUMN icews jsonb, ADD COLUMN ucdp jsonb;
ALTER TABLE events_history ADD COLUMN gdelt jsonb, ADD COLUMN icews jsonb, ADD COLUMN ucdp jsonb;
