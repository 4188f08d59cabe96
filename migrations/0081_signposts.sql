-- Signposts (docs/planning.md): observable conditions bound to data, each with a status (not
-- seen, emerging, seen) the worker computes. An analyst writes `name`, `description`,
-- `scenario_ids`, `tags` and `condition` (jsonb in the wire shape of its Condition union,
-- tagged by `kind`); the worker writes the rest. `steps` is the status over knowledge time:
-- every change, with the instant (`at`) the data reported by then gave it and its evidence, so
-- a `known_by` read takes the last step at or before its instant. `status`, `changed_at`,
-- `explanation`, `value` and `evidence` repeat the newest step (not_seen before any step).
-- `retracted` lists the records that lit the previous version and no longer count (retracted,
-- deleted, withdrawn): a signpost whose data is retracted goes dark with them as evidence.
CREATE TABLE signposts (
    id           text PRIMARY KEY CHECK (id ~ '^sgp_[0-9a-f]{32}$'),
    dataset      text NOT NULL REFERENCES datasets (name),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    sys_period   tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id  text,
    name         text NOT NULL,
    description  text,
    scenario_ids text[] NOT NULL DEFAULT '{}',
    tags         text[] NOT NULL DEFAULT '{}',
    condition    jsonb NOT NULL,
    -- what the condition reads, for the worker's marking: the alert's problem, the indicator,
    -- the question (derived from `condition` by the service).
    problem_id   text,
    indicator_id text,
    question_id  text,
    status       text NOT NULL DEFAULT 'not_seen' CHECK (status IN ('not_seen', 'emerging', 'seen')),
    changed_at   timestamptz,
    explanation  text NOT NULL DEFAULT '',
    value        float8,
    evidence     jsonb NOT NULL DEFAULT '{}',
    retracted    jsonb NOT NULL DEFAULT '{}',
    steps        jsonb NOT NULL DEFAULT '[]',
    evaluated_at timestamptz
);
CREATE UNIQUE INDEX signposts_external_id ON signposts (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX signposts_list ON signposts (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX signposts_scenarios ON signposts USING gin (scenario_ids) WHERE deleted_at IS NULL;
CREATE INDEX signposts_problem ON signposts (problem_id) WHERE deleted_at IS NULL;
CREATE INDEX signposts_indicator ON signposts (indicator_id) WHERE deleted_at IS NULL;
CREATE INDEX signposts_question ON signposts (question_id) WHERE deleted_at IS NULL;
CREATE TABLE signposts_history (LIKE signposts);
CREATE INDEX signposts_history_id ON signposts_history (id, version);
CREATE INDEX signposts_history_period ON signposts_history USING gist (sys_period);
CREATE TRIGGER signposts_version BEFORE UPDATE ON signposts
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER signposts_change AFTER INSERT OR UPDATE ON signposts
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('signpost');

-- The signpost worker's to-do list, committed with its feed position: a signpost whose data or
-- condition changed, or whose window moves (a trailing window ages facts out), is evaluated
-- again when `due_at` has passed.
CREATE TABLE signpost_due (
    signpost_id text PRIMARY KEY,
    due_at      timestamptz NOT NULL
);
CREATE INDEX signpost_due_at ON signpost_due (due_at);
