-- Backtests become a versioned resource like the others (docs/forecasting.md): the bookkeeping
-- columns, a history twin, and the triggers that version a row and log it to the change feed,
-- so backtests are in the feed, the export and the import. A backtest's numbers are never
-- edited: a later version only changes external_id or tombstones the run.
--
-- Existing runs keep their content: version 1, recorded from when they were made. They enter
-- the change feed here (one upsert each), as a partner that follows it would otherwise never
-- see them.
ALTER TABLE backtests
    ADD COLUMN version     integer NOT NULL DEFAULT 1,
    ADD COLUMN updated_at  timestamptz,
    ADD COLUMN deleted_at  timestamptz,
    ADD COLUMN sys_period  tstzrange,
    ADD COLUMN external_id text;
UPDATE backtests SET updated_at = created_at, sys_period = tstzrange(created_at, NULL, '[)');
ALTER TABLE backtests
    ALTER COLUMN updated_at SET DEFAULT now(),
    ALTER COLUMN updated_at SET NOT NULL,
    ALTER COLUMN sys_period SET DEFAULT tstzrange(now(), NULL, '[)'),
    ALTER COLUMN sys_period SET NOT NULL;

CREATE UNIQUE INDEX backtests_external_id ON backtests (dataset, external_id)
    WHERE external_id IS NOT NULL;
DROP INDEX backtests_list;
CREATE INDEX backtests_list ON backtests (dataset, id DESC) WHERE deleted_at IS NULL;
-- Same columns in the same order as backtests: wf_version_row copies a row as it is.
CREATE TABLE backtests_history (LIKE backtests);
CREATE INDEX backtests_history_id ON backtests_history (id, version);
CREATE INDEX backtests_history_period ON backtests_history USING gist (sys_period);
CREATE TRIGGER backtests_version BEFORE UPDATE ON backtests
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER backtests_change AFTER INSERT OR UPDATE ON backtests
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('backtest');

INSERT INTO changes (resource, record_id, version, op, dataset)
SELECT 'backtest', id, 1, 'upsert', dataset FROM backtests ORDER BY id;
