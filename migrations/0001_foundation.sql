-- Foundation: datasets, system-versioned history, the change log, idempotency keys,
-- and the first two resources (actors, sources).
--
-- History is SQL:2011-style system versioning done by hand: every versioned table <t> has a
-- twin <t>_history (same columns, same order), `sys_period` holds the transaction-time range
-- of a row version, and the trigger wf_version_row() moves the old version into the history
-- table on every UPDATE. Current-state reads touch <t> only; `as_of` reads add <t>_history.
-- Rows are never physically deleted: a DELETE through the API sets deleted_at (a tombstone).

CREATE TABLE datasets (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    kind        text NOT NULL CHECK (kind IN ('live', 'exercise', 'sandbox')),
    description text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO datasets (name, kind, description)
VALUES ('live', 'live', 'The real world, as reported.');

-- Case-folded names and aliases, for "name or alias" lookups through one GIN index.
CREATE FUNCTION wf_names(name text, aliases text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_agg(lower(n)) FROM unnest(array_prepend(name, aliases)) AS n
$$;

-- Moves the old version of a row into <table>_history and stamps the new one.
CREATE FUNCTION wf_version_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    switched_at timestamptz := greatest(now(), lower(OLD.sys_period));
BEGIN
    OLD.sys_period := tstzrange(lower(OLD.sys_period), switched_at, '[)');
    EXECUTE format('INSERT INTO %I.%I SELECT ($1).*', TG_TABLE_SCHEMA, TG_TABLE_NAME || '_history')
        USING OLD;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.updated_at := switched_at;
    NEW.sys_period := tstzrange(switched_at, NULL, '[)');
    RETURN NEW;
END
$$;

-- The change log behind GET /v1/changes. Ordered by (xid, seq): a reader serves only rows whose
-- transaction is below the oldest still-running one (pg_snapshot_xmin), so a transaction that
-- took its sequence value early but commits late can never be skipped.
CREATE TABLE changes (
    xid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    resource   text NOT NULL,
    record_id  text NOT NULL,
    version    integer NOT NULL,
    op         text NOT NULL CHECK (op IN ('upsert', 'delete')),
    dataset    text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (xid, seq)
);
CREATE INDEX changes_changed_at ON changes (changed_at);

CREATE FUNCTION wf_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (resource, record_id, version, op, dataset)
    VALUES (TG_ARGV[0], NEW.id, NEW.version,
            CASE WHEN NEW.deleted_at IS NULL THEN 'upsert' ELSE 'delete' END, NEW.dataset);
    RETURN NULL;
END
$$;

CREATE TABLE idempotency_keys (
    principal    text NOT NULL,
    key          text NOT NULL,
    method       text NOT NULL,
    path         text NOT NULL,
    request_hash text NOT NULL,
    status       integer,
    headers      jsonb,
    body         bytea,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Actors ----------------------------------------------------------------------------------
CREATE TABLE actors (
    id           text PRIMARY KEY CHECK (id ~ '^act_[0-9a-f]{32}$'),
    dataset      text NOT NULL REFERENCES datasets (name),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    sys_period   tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id  text,
    kind         text NOT NULL,
    name         text NOT NULL,
    aliases      text[] NOT NULL DEFAULT '{}',
    country      text,
    cameo_code   text,
    wikidata_qid text,
    description  text,
    memberships  jsonb NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX actors_external_id ON actors (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX actors_list ON actors (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX actors_kind ON actors (dataset, kind, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX actors_country ON actors (dataset, country, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX actors_names ON actors USING gin (wf_names(name, aliases));
CREATE INDEX actors_memberships ON actors USING gin (memberships jsonb_path_ops);

CREATE TABLE actors_history (LIKE actors);
CREATE INDEX actors_history_id ON actors_history (id, version);
CREATE INDEX actors_history_period ON actors_history USING gist (sys_period);

CREATE TRIGGER actors_version BEFORE UPDATE ON actors
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER actors_change AFTER INSERT OR UPDATE ON actors
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('actor');

-- Sources ---------------------------------------------------------------------------------
CREATE TABLE sources (
    id                    text PRIMARY KEY CHECK (id ~ '^src_[0-9a-f]{32}$'),
    dataset               text NOT NULL REFERENCES datasets (name),
    version               integer NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    deleted_at            timestamptz,
    sys_period            tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id           text,
    title                 text NOT NULL,
    publisher             text NOT NULL,
    url                   text,
    published_at          timestamptz,
    language              text,
    reliability           char(1) NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    reliability_rationale text,
    content_hash          text,
    excerpt               text
);
CREATE UNIQUE INDEX sources_external_id ON sources (dataset, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX sources_list ON sources (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX sources_publisher ON sources (dataset, lower(publisher), id DESC) WHERE deleted_at IS NULL;
CREATE INDEX sources_published ON sources (dataset, published_at) WHERE deleted_at IS NULL;

CREATE TABLE sources_history (LIKE sources);
CREATE INDEX sources_history_id ON sources_history (id, version);
CREATE INDEX sources_history_period ON sources_history USING gist (sys_period);

CREATE TRIGGER sources_version BEFORE UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER sources_change AFTER INSERT OR UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('source');
