-- Warning problems and alerts (docs/warning.md). A warning problem is a question a watch floor
-- owns, with rules over indicators (jsonb in the wire shape of its Rule union). An alert is one
-- episode of one rule holding, written by the worker: its knowledge-time interval (opened_at,
-- closed_at: when, by what had been reported, the rule began and stopped holding), its level,
-- the steps of its evaluation with their evidence, and an analyst's acknowledgement.
CREATE TABLE warning_problems (
    id          text PRIMARY KEY CHECK (id ~ '^wpr_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    name        text NOT NULL,
    description text,
    owner       text,
    actor_ids   text[] NOT NULL DEFAULT '{}',
    tags        text[] NOT NULL DEFAULT '{}',
    rules       jsonb NOT NULL DEFAULT '[]',
    indicator_ids text[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX warning_problems_external_id ON warning_problems (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX warning_problems_list ON warning_problems (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX warning_problems_indicators ON warning_problems USING gin (indicator_ids)
    WHERE deleted_at IS NULL;
CREATE TABLE warning_problems_history (LIKE warning_problems);
CREATE INDEX warning_problems_history_id ON warning_problems_history (id, version);
CREATE INDEX warning_problems_history_period ON warning_problems_history USING gist (sys_period);
CREATE TRIGGER warning_problems_version BEFORE UPDATE ON warning_problems
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER warning_problems_change AFTER INSERT OR UPDATE ON warning_problems
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('warning_problem');

CREATE TABLE alerts (
    id              text PRIMARY KEY CHECK (id ~ '^alr_[0-9a-f]{32}$'),
    dataset         text NOT NULL REFERENCES datasets (name),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    sys_period      tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id     text,
    problem_id      text NOT NULL,
    rule_key        text NOT NULL,
    level           text NOT NULL CHECK (level IN ('watch', 'warning')),
    indicator_ids   text[] NOT NULL DEFAULT '{}',
    actor_ids       text[] NOT NULL DEFAULT '{}',
    opened_at       timestamptz NOT NULL,
    closed_at       timestamptz,
    withdrawn       boolean NOT NULL DEFAULT false,
    rationale       text NOT NULL,
    steps           jsonb NOT NULL DEFAULT '[]',
    acknowledged_at timestamptz,
    acknowledged_by text,
    acknowledgement text,
    CHECK (closed_at IS NULL OR closed_at > opened_at)
);
CREATE UNIQUE INDEX alerts_external_id ON alerts (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX alerts_list ON alerts (dataset, id DESC) WHERE deleted_at IS NULL;
-- The board and the worker: a problem's alerts by knowledge time.
CREATE INDEX alerts_problem ON alerts (problem_id, opened_at) WHERE deleted_at IS NULL;
CREATE INDEX alerts_open ON alerts (dataset, opened_at, closed_at)
    WHERE deleted_at IS NULL AND NOT withdrawn;
CREATE TABLE alerts_history (LIKE alerts);
CREATE INDEX alerts_history_id ON alerts_history (id, version);
CREATE INDEX alerts_history_period ON alerts_history USING gist (sys_period);
CREATE TRIGGER alerts_version BEFORE UPDATE ON alerts
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER alerts_change AFTER INSERT OR UPDATE ON alerts
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('alert');

-- The warning worker's to-do list, committed with its feed position: a problem whose data or
-- rules changed (or whose next period boundary has passed) is evaluated again.
CREATE TABLE warning_due (
    problem_id text PRIMARY KEY,
    due_at     timestamptz NOT NULL
);
CREATE INDEX warning_due_at ON warning_due (due_at);
