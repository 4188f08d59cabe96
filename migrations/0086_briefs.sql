-- The daily brief (docs/prepare.md, "The brief"). A brief is a stored document: what changed in
-- its scope (a dataset, optionally narrowed to a region; later a watchlist) between `since` and
-- `written_for`, every section read as known by `written_for` (knowledge time). It is computed
-- once and never overwritten: generating again writes a new brief. `scope` is kept whole as
-- jsonb (compared as a whole to find the previous brief of the same scope); `sections` holds the
-- structured document the renderings (Markdown, HTML, PDF) are made from.
CREATE TABLE briefs (
    id          text PRIMARY KEY CHECK (id ~ '^brf_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    written_for timestamptz NOT NULL,
    since       timestamptz NOT NULL,
    scope       jsonb NOT NULL,
    exercise    boolean NOT NULL DEFAULT false,
    previous_id text,
    sections    jsonb NOT NULL,
    CHECK (since < written_for)
);
CREATE UNIQUE INDEX briefs_external_id ON briefs (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX briefs_list ON briefs (dataset, id DESC) WHERE deleted_at IS NULL;
-- The previous brief of a scope: the newest written for an instant before the new one's.
CREATE INDEX briefs_scope ON briefs (dataset, written_for DESC) WHERE deleted_at IS NULL;
CREATE TABLE briefs_history (LIKE briefs);
CREATE INDEX briefs_history_id ON briefs_history (id, version);
CREATE INDEX briefs_history_period ON briefs_history USING gist (sys_period);
CREATE TRIGGER briefs_version BEFORE UPDATE ON briefs
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER briefs_change AFTER INSERT OR UPDATE ON briefs
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('brief');
