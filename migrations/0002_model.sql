-- The data model of DESIGN.md: reference data (facilities, weapons), events, statements,
-- indicators and their observations. Every table is system-versioned like actors (0001):
-- a twin <table>_history, wf_version_row() on UPDATE, wf_log_change() for the change feed.
-- Lists and filters get their indexes in the migrations of the resources that query them.

-- Facilities ------------------------------------------------------------------------------
CREATE TABLE facilities (
    id          text PRIMARY KEY CHECK (id ~ '^fac_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    name        text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}',
    kind        text NOT NULL,
    country     text,
    lat         double precision,
    lon         double precision,
    description text
);
CREATE UNIQUE INDEX facilities_external_id ON facilities (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX facilities_list ON facilities (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX facilities_names ON facilities USING gin (wf_names(name, aliases));
CREATE TABLE facilities_history (LIKE facilities);
CREATE INDEX facilities_history_id ON facilities_history (id, version);
CREATE INDEX facilities_history_period ON facilities_history USING gist (sys_period);
CREATE TRIGGER facilities_version BEFORE UPDATE ON facilities
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER facilities_change AFTER INSERT OR UPDATE ON facilities
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('facility');

-- Weapons ---------------------------------------------------------------------------------
CREATE TABLE weapons (
    id           text PRIMARY KEY CHECK (id ~ '^wpn_[0-9a-f]{32}$'),
    dataset      text NOT NULL REFERENCES datasets (name),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    sys_period   tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id  text,
    name         text NOT NULL,
    aliases      text[] NOT NULL DEFAULT '{}',
    weapon_class text NOT NULL,
    maneuver     text,
    country      text,
    description  text
);
CREATE UNIQUE INDEX weapons_external_id ON weapons (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX weapons_list ON weapons (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX weapons_names ON weapons USING gin (wf_names(name, aliases));
CREATE TABLE weapons_history (LIKE weapons);
CREATE INDEX weapons_history_id ON weapons_history (id, version);
CREATE INDEX weapons_history_period ON weapons_history USING gist (sys_period);
CREATE TRIGGER weapons_version BEFORE UPDATE ON weapons
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER weapons_change AFTER INSERT OR UPDATE ON weapons
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('weapon');

-- Events ----------------------------------------------------------------------------------
-- actors/recipients keep the wire shape (jsonb, with roles); actor_ids/recipient_ids are the
-- same ids flattened at write time so "events of this actor" is a GIN index lookup.
CREATE TABLE events (
    id                 text PRIMARY KEY CHECK (id ~ '^evt_[0-9a-f]{32}$'),
    dataset            text NOT NULL REFERENCES datasets (name),
    version            integer NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    deleted_at         timestamptz,
    sys_period         tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id        text,
    title              text NOT NULL,
    summary            text,
    category           text NOT NULL,
    mode               text,
    context            text[] NOT NULL DEFAULT '{}',
    cameo_code         text,
    actors             jsonb NOT NULL DEFAULT '[]',
    recipients         jsonb NOT NULL DEFAULT '[]',
    actor_ids          text[] NOT NULL DEFAULT '{}',
    recipient_ids      text[] NOT NULL DEFAULT '{}',
    occurred_start     date NOT NULL,
    occurred_end       date NOT NULL,
    occurred_precision text NOT NULL CHECK (occurred_precision IN ('day', 'month', 'year')),
    occurred_time      timestamptz,
    place              jsonb,
    country            text,
    lat                double precision,
    lon                double precision,
    facility_id        text,
    magnitudes         jsonb NOT NULL DEFAULT '[]',
    weapon_ids         text[] NOT NULL DEFAULT '{}',
    tags               text[] NOT NULL DEFAULT '{}',
    status             text NOT NULL DEFAULT 'reported'
        CHECK (status IN ('reported', 'preliminary', 'confirmed', 'disputed', 'retracted')),
    status_reason      text,
    superseded_by      text,
    citations          jsonb NOT NULL DEFAULT '[]',
    grade              text,
    CHECK (occurred_end >= occurred_start)
);
CREATE UNIQUE INDEX events_external_id ON events (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX events_list ON events (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE events_history (LIKE events);
CREATE INDEX events_history_id ON events_history (id, version);
CREATE INDEX events_history_period ON events_history USING gist (sys_period);
CREATE TRIGGER events_version BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER events_change AFTER INSERT OR UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('event');

-- Statements ------------------------------------------------------------------------------
-- `search` is the full-text document: the original under 'simple' (any language, Korean and
-- Russian included) and the English translation under 'english' (stemmed).
CREATE TABLE statements (
    id            text PRIMARY KEY CHECK (id ~ '^stm_[0-9a-f]{32}$'),
    dataset       text NOT NULL REFERENCES datasets (name),
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    deleted_at    timestamptz,
    sys_period    tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id   text,
    speaker_id    text NOT NULL,
    text          text NOT NULL,
    language      text,
    translation   text,
    channel       text,
    audience      text,
    said_on       date NOT NULL,
    said_at       timestamptz,
    target_id     text,
    stance        text,
    topics        text[] NOT NULL DEFAULT '{}',
    supports      text[] NOT NULL DEFAULT '{}',
    contradicts   text[] NOT NULL DEFAULT '{}',
    status        text NOT NULL DEFAULT 'reported'
        CHECK (status IN ('reported', 'preliminary', 'confirmed', 'disputed', 'retracted')),
    status_reason text,
    superseded_by text,
    citations     jsonb NOT NULL DEFAULT '[]',
    grade         text,
    search        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', text), 'A')
        || setweight(to_tsvector('english', coalesce(translation, '')), 'B')
    ) STORED
);
CREATE UNIQUE INDEX statements_external_id ON statements (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX statements_list ON statements (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE statements_history (LIKE statements);
CREATE INDEX statements_history_id ON statements_history (id, version);
CREATE INDEX statements_history_period ON statements_history USING gist (sys_period);
CREATE TRIGGER statements_version BEFORE UPDATE ON statements
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER statements_change AFTER INSERT OR UPDATE ON statements
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('statement');

-- Indicators ------------------------------------------------------------------------------
CREATE TABLE indicators (
    id          text PRIMARY KEY CHECK (id ~ '^ind_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    name        text NOT NULL,
    unit        text NOT NULL,
    frequency   text NOT NULL,
    description text,
    actor_ids   text[] NOT NULL DEFAULT '{}',
    thresholds  jsonb NOT NULL DEFAULT '[]',
    tags        text[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX indicators_external_id ON indicators (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX indicators_list ON indicators (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE indicators_history (LIKE indicators);
CREATE INDEX indicators_history_id ON indicators_history (id, version);
CREATE INDEX indicators_history_period ON indicators_history USING gist (sys_period);
CREATE TRIGGER indicators_version BEFORE UPDATE ON indicators
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER indicators_change AFTER INSERT OR UPDATE ON indicators
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('indicator');

-- Observations ----------------------------------------------------------------------------
-- One figure per (indicator, period, vintage): a revision is a new row with a later vintage.
CREATE TABLE observations (
    id           text PRIMARY KEY CHECK (id ~ '^obs_[0-9a-f]{32}$'),
    dataset      text NOT NULL REFERENCES datasets (name),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    sys_period   tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id  text,
    indicator_id text NOT NULL REFERENCES indicators (id),
    period_start date NOT NULL,
    period_end   date NOT NULL,
    period_label text,
    value        double precision,
    low          double precision,
    high         double precision,
    vintage      date NOT NULL,
    note         text,
    citations    jsonb NOT NULL DEFAULT '[]',
    grade        text,
    CHECK (period_end >= period_start),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
);
CREATE UNIQUE INDEX observations_external_id ON observations (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX observations_figure ON observations (indicator_id, period_start, period_end, vintage)
    WHERE deleted_at IS NULL;
CREATE INDEX observations_series ON observations (indicator_id, period_start, vintage DESC) WHERE deleted_at IS NULL;
CREATE TABLE observations_history (LIKE observations);
CREATE INDEX observations_history_id ON observations_history (id, version);
CREATE INDEX observations_history_period ON observations_history USING gist (sys_period);
CREATE TRIGGER observations_version BEFORE UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER observations_change AFTER INSERT OR UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('observation');
