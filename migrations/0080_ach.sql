-- Analysis of Competing Hypotheses (docs/planning-ach.md). An ACH matrix rates items of evidence
-- (records of this dataset, or an analyst's free items) against competing hypotheses. The
-- service computes Heuer's inconsistency scores and each item's diagnosticity on every write
-- and stores them in `scores`, so a read, the change feed and the export show the same figures,
-- and an `as_of` read shows the figures the matrix had then. `record_ids` (derived from
-- `evidence`) lists the records it cites, for the `record` filter.
CREATE TABLE ach_matrices (
    id          text PRIMARY KEY CHECK (id ~ '^ach_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    title       text NOT NULL,
    question    text,
    question_id text,
    tags        text[] NOT NULL DEFAULT '{}',
    hypotheses  jsonb NOT NULL DEFAULT '[]',
    evidence    jsonb NOT NULL DEFAULT '[]',
    ratings     jsonb NOT NULL DEFAULT '[]',
    scores      jsonb NOT NULL DEFAULT '{"hypotheses": [], "evidence": []}',
    record_ids  text[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX ach_matrices_external_id ON ach_matrices (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX ach_matrices_list ON ach_matrices (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX ach_matrices_records ON ach_matrices USING gin (record_ids) WHERE deleted_at IS NULL;
CREATE TABLE ach_matrices_history (LIKE ach_matrices);
CREATE INDEX ach_matrices_history_id ON ach_matrices_history (id, version);
CREATE INDEX ach_matrices_history_period ON ach_matrices_history USING gist (sys_period);
CREATE TRIGGER ach_matrices_version BEFORE UPDATE ON ach_matrices
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER ach_matrices_change AFTER INSERT OR UPDATE ON ach_matrices
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('ach_matrix');
