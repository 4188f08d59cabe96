-- Contingency plans (docs/planning.md, "Contingency plans"). A plan belongs to a warning problem
-- and holds branches (jsonb in the wire shape of its Branch list): each with a trigger over
-- signposts, an owner, a decision deadline, options, and its state as `steps` over knowledge
-- time (the worker's `triggered` step, analysts' decisions after it). The computed fields of a
-- branch (state, triggered_at, deadline, decided_at …) repeat what its steps say.
-- `signpost_ids` are the signposts the triggers read (derived by the service, for marking).
CREATE TABLE plans (
    id           text PRIMARY KEY CHECK (id ~ '^pln_[0-9a-f]{32}$'),
    dataset      text NOT NULL REFERENCES datasets (name),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    sys_period   tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id  text,
    name         text NOT NULL,
    description  text,
    problem_id   text NOT NULL,
    owner        text,
    tags         text[] NOT NULL DEFAULT '{}',
    branches     jsonb NOT NULL DEFAULT '[]',
    signpost_ids text[] NOT NULL DEFAULT '{}',
    evaluated_at timestamptz
);
CREATE UNIQUE INDEX plans_external_id ON plans (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX plans_list ON plans (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX plans_problem ON plans (problem_id) WHERE deleted_at IS NULL;
CREATE INDEX plans_signposts ON plans USING gin (signpost_ids) WHERE deleted_at IS NULL;
CREATE TABLE plans_history (LIKE plans);
CREATE INDEX plans_history_id ON plans_history (id, version);
CREATE INDEX plans_history_period ON plans_history USING gist (sys_period);
CREATE TRIGGER plans_version BEFORE UPDATE ON plans
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER plans_change AFTER INSERT OR UPDATE ON plans
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('plan');

-- The plans worker's to-do list, committed with its feed position: a plan whose signposts or
-- branches changed is evaluated again.
CREATE TABLE plan_due (
    plan_id text PRIMARY KEY,
    due_at  timestamptz NOT NULL
);
CREATE INDEX plan_due_at ON plan_due (due_at);

-- A branch's alert: raised by the plans worker when the branch fires, not by a warning rule.
-- The warning worker leaves alerts with a plan_id alone.
ALTER TABLE alerts ADD COLUMN plan_id text, ADD COLUMN branch_key text;
ALTER TABLE alerts_history ADD COLUMN plan_id text, ADD COLUMN branch_key text;
CREATE INDEX alerts_plan ON alerts (plan_id) WHERE plan_id IS NOT NULL;
