-- Access control, rate limits, the audit log and change-feed retention.
--
-- API keys are stored as a SHA-256 of the secret: the secret is 32 random bytes, so a fast hash
-- is enough (nothing to brute-force) and a lookup is one index probe per request.

CREATE TABLE api_keys (
    id          text PRIMARY KEY CHECK (id ~ '^key_[0-9a-f]{32}$'),
    name        text NOT NULL,
    secret_hash text NOT NULL UNIQUE,
    scopes      text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin']),
    datasets    text[] NOT NULL,
    rate_limit  integer NOT NULL CHECK (rate_limit > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

-- One row per key (or per client address for anonymous callers): a fixed one-minute window.
-- Unlogged: losing the counters in a crash only forgives one minute of requests.
CREATE UNLOGGED TABLE rate_limits (
    bucket       text PRIMARY KEY,
    window_start timestamptz NOT NULL,
    used         integer NOT NULL
);

-- Who wrote what, when and from which request. Kept apart from `changes` because the change
-- feed is pruned after its retention window and the audit trail is not.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    key_id     text,
    request_id text,
    resource   text NOT NULL,
    record_id  text NOT NULL,
    version    integer,
    op         text NOT NULL,
    dataset    text
);
CREATE INDEX audit_log_key ON audit_log (key_id, id);
CREATE INDEX audit_log_record ON audit_log (record_id, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- The position up to which `changes` has been pruned: a cursor before it gets 410.
CREATE TABLE change_feed_horizon (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    xid        xid8 NOT NULL,
    seq        bigint NOT NULL,
    pruned_at  timestamptz NOT NULL
);
INSERT INTO change_feed_horizon (xid, seq, pruned_at) VALUES ('0'::xid8, 0, now());

CREATE INDEX changes_dataset ON changes (dataset, xid, seq);

-- The request's key and id travel as session settings the API sets on its connection for the
-- duration of a request (see watchfloor/access/middleware.py); the CLI leaves them empty.
CREATE OR REPLACE FUNCTION wf_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    change_op text := CASE WHEN NEW.deleted_at IS NULL THEN 'upsert' ELSE 'delete' END;
BEGIN
    INSERT INTO changes (resource, record_id, version, op, dataset)
    VALUES (TG_ARGV[0], NEW.id, NEW.version, change_op, NEW.dataset);
    INSERT INTO audit_log (key_id, request_id, resource, record_id, version, op, dataset)
    VALUES (nullif(current_setting('watchfloor.key_id', true), ''),
            nullif(current_setting('watchfloor.request_id', true), ''),
            TG_ARGV[0], NEW.id, NEW.version,
            CASE WHEN TG_OP = 'INSERT' THEN 'create' WHEN change_op = 'delete' THEN 'delete' ELSE 'update' END,
            NEW.dataset);
    RETURN NULL;
END
$$;
