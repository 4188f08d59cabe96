-- Scenarios and scenario sets (docs/planning.md). A scenario is one future with a likelihood:
-- stated by an analyst (likelihood_probability) or taken, on every read, from the newest
-- forecast on a binary question (likelihood_source 'question': by likelihood_forecaster, or by
-- anyone; 'baseline': the count-model forecaster's). A scenario set groups mutually exclusive
-- futures; when `complete`, its scenarios' likelihoods must sum to one.
CREATE TABLE scenario_sets (
    id          text PRIMARY KEY CHECK (id ~ '^sst_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    name        text NOT NULL,
    description text,
    question_id text,
    tags        text[] NOT NULL DEFAULT '{}',
    complete    boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX scenario_sets_external_id ON scenario_sets (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX scenario_sets_list ON scenario_sets (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE scenario_sets_history (LIKE scenario_sets);
CREATE INDEX scenario_sets_history_id ON scenario_sets_history (id, version);
CREATE INDEX scenario_sets_history_period ON scenario_sets_history USING gist (sys_period);
CREATE TRIGGER scenario_sets_version BEFORE UPDATE ON scenario_sets
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER scenario_sets_change AFTER INSERT OR UPDATE ON scenario_sets
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('scenario_set');

CREATE TABLE scenarios (
    id                     text PRIMARY KEY CHECK (id ~ '^scn_[0-9a-f]{32}$'),
    dataset                text NOT NULL REFERENCES datasets (name),
    version                integer NOT NULL DEFAULT 1,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    deleted_at             timestamptz,
    sys_period             tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id            text,
    name                   text NOT NULL,
    narrative              text,
    window_start           date NOT NULL,
    window_end             date NOT NULL,
    assumptions            text[] NOT NULL DEFAULT '{}',
    drivers                text[] NOT NULL DEFAULT '{}',
    actor_ids              text[] NOT NULL DEFAULT '{}',
    tags                   text[] NOT NULL DEFAULT '{}',
    set_id                 text,
    likelihood_source      text NOT NULL
        CHECK (likelihood_source IN ('analyst', 'question', 'baseline')),
    likelihood_probability float8 CHECK (likelihood_probability BETWEEN 0 AND 1),
    likelihood_question_id text,
    likelihood_forecaster  text,
    likelihood_rationale   text,
    CHECK (window_end >= window_start)
);
CREATE UNIQUE INDEX scenarios_external_id ON scenarios (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX scenarios_list ON scenarios (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX scenarios_set ON scenarios (set_id) WHERE deleted_at IS NULL;
CREATE TABLE scenarios_history (LIKE scenarios);
CREATE INDEX scenarios_history_id ON scenarios_history (id, version);
CREATE INDEX scenarios_history_period ON scenarios_history USING gist (sys_period);
CREATE INDEX scenarios_history_set ON scenarios_history (set_id);
CREATE TRIGGER scenarios_version BEFORE UPDATE ON scenarios
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER scenarios_change AFTER INSERT OR UPDATE ON scenarios
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('scenario');

-- ICD 203 Set A words, lower-inclusive bands: a probability on an edge (5, 20, 45, 55, 80,
-- 95 %) takes the band above it. ICD 203 has no 0 % or 100 %: below 1 % reads "almost no
-- chance", above 99 % "almost certain" (the nearest band; the number is kept as stated).
CREATE FUNCTION wf_icd203(p float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN p IS NULL THEN NULL
        WHEN p < 0.05 THEN 'almost no chance'
        WHEN p < 0.20 THEN 'very unlikely'
        WHEN p < 0.45 THEN 'unlikely'
        WHEN p < 0.55 THEN 'roughly even chance'
        WHEN p < 0.80 THEN 'likely'
        WHEN p < 0.95 THEN 'very likely'
        ELSE 'almost certain'
    END
$$;
