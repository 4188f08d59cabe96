-- Forecasting (docs/forecasting.md): questions with criteria a machine can check, and
-- forecasts, never edited (a new one supersedes the forecaster's previous one).
CREATE TABLE questions (
    id              text PRIMARY KEY CHECK (id ~ '^qst_[0-9a-f]{32}$'),
    dataset         text NOT NULL REFERENCES datasets (name),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    sys_period      tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id     text,
    title           text NOT NULL,
    description     text,
    kind            text NOT NULL CHECK (kind IN ('binary', 'count', 'quantity')),
    tags            text[] NOT NULL DEFAULT '{}',
    opens_at        timestamptz NOT NULL,
    closes_at       timestamptz NOT NULL,
    resolves_at     timestamptz NOT NULL,
    criteria        jsonb,
    judgment        boolean NOT NULL DEFAULT false,
    quantile_levels float8[] NOT NULL DEFAULT '{0.05,0.25,0.5,0.75,0.95}',
    bins            float8[],
    state           text NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'closed', 'resolved', 'annulled')),
    resolution      jsonb,
    review          jsonb,
    annulled_reason text,
    CHECK (closes_at > opens_at),
    CHECK (resolves_at >= closes_at)
);
CREATE UNIQUE INDEX questions_external_id ON questions (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX questions_list ON questions (dataset, id DESC) WHERE deleted_at IS NULL;
-- The worker: questions to close and to resolve, by instant.
CREATE INDEX questions_due ON questions (state, closes_at, resolves_at) WHERE deleted_at IS NULL;
CREATE TABLE questions_history (LIKE questions);
CREATE INDEX questions_history_id ON questions_history (id, version);
CREATE INDEX questions_history_period ON questions_history USING gist (sys_period);
CREATE TRIGGER questions_version BEFORE UPDATE ON questions
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER questions_change AFTER INSERT OR UPDATE ON questions
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('question');

CREATE TABLE forecasts (
    id              text PRIMARY KEY CHECK (id ~ '^fct_[0-9a-f]{32}$'),
    dataset         text NOT NULL REFERENCES datasets (name),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    sys_period      tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id     text,
    question_id     text NOT NULL,
    forecaster      text NOT NULL,
    forecaster_kind text NOT NULL CHECK (forecaster_kind IN ('person', 'team', 'model')),
    key_name        text NOT NULL,
    probability     float8 CHECK (probability BETWEEN 0 AND 1),
    quantiles       jsonb,
    bins            float8[],
    rationale       text,
    evidence        text[] NOT NULL DEFAULT '{}',
    supersedes      text
);
CREATE UNIQUE INDEX forecasts_external_id ON forecasts (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX forecasts_list ON forecasts (dataset, id DESC) WHERE deleted_at IS NULL;
-- Scoring reads a question's forecasts in the order they were made.
CREATE INDEX forecasts_question ON forecasts (question_id, created_at, id) WHERE deleted_at IS NULL;
-- A forecast supersedes at most one, and is superseded at most once.
CREATE UNIQUE INDEX forecasts_supersedes ON forecasts (supersedes) WHERE supersedes IS NOT NULL;
CREATE TABLE forecasts_history (LIKE forecasts);
CREATE INDEX forecasts_history_id ON forecasts_history (id, version);
CREATE INDEX forecasts_history_period ON forecasts_history USING gist (sys_period);
CREATE TRIGGER forecasts_version BEFORE UPDATE ON forecasts
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER forecasts_change AFTER INSERT OR UPDATE ON forecasts
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('forecast');
