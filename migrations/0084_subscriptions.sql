-- Subscriptions and signed webhooks (docs/prepare.md). A subscription is a versioned,
-- dataset-scoped resource: where to send (url), what (source: a tagged union kept whole as
-- jsonb: {"kind": "changes", "resources": [...]} | {"kind": "alerts", "min_level": ...}; later
-- kinds are added without a migration), and whether it is enabled. Its signing secrets live
-- in subscription_secrets, outside the versioned row: never in a read, the history, the change
-- feed or an export. The row keeps only fingerprints.
CREATE TABLE subscriptions (
    id                  text PRIMARY KEY CHECK (id ~ '^sub_[0-9a-f]{32}$'),
    dataset             text NOT NULL REFERENCES datasets (name),
    version             integer NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    sys_period          tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id         text,
    name                text NOT NULL,
    url                 text NOT NULL,
    source              jsonb NOT NULL,
    enabled             boolean NOT NULL DEFAULT true,
    owner               text NOT NULL,
    secret_fingerprints text[] NOT NULL DEFAULT '{}',
    secret_rotated_at   timestamptz,
    previous_secret_expires_at timestamptz,
    disabled_reason     text,
    disabled_at         timestamptz
);
CREATE UNIQUE INDEX subscriptions_external_id ON subscriptions (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX subscriptions_list ON subscriptions (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE subscriptions_history (LIKE subscriptions);
CREATE INDEX subscriptions_history_id ON subscriptions_history (id, version);
CREATE INDEX subscriptions_history_period ON subscriptions_history USING gist (sys_period);
CREATE TRIGGER subscriptions_version BEFORE UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER subscriptions_change AFTER INSERT OR UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('subscription');

-- The signing secrets of a subscription: the current one (expires_at NULL) and, after a
-- rotation, the previous one until its grace period ends. Deliveries are signed with every
-- secret not yet expired (the spec's space-separated signatures).
CREATE TABLE subscription_secrets (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id text NOT NULL REFERENCES subscriptions (id),
    secret          text NOT NULL CHECK (secret ~ '^whsec_'),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz
);
CREATE INDEX subscription_secrets_of ON subscription_secrets (subscription_id);

-- The durable delivery queue. One row per message owed to a subscription; the worker's
-- `subscriptions` handler inserts them in its feed step's transaction (exactly once per
-- (subscription, feed position): webhook_deliveries_once), the delivery loop claims the head of
-- each subscription's queue (the pending row with the smallest seq) with FOR UPDATE SKIP
-- LOCKED and a lease, sends it outside any transaction, and records the attempt.
CREATE TABLE webhook_deliveries (
    id               text PRIMARY KEY CHECK (id ~ '^dlv_[0-9a-f]{32}$'),
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    subscription_id  text NOT NULL REFERENCES subscriptions (id),
    dataset          text NOT NULL,
    message_id       text NOT NULL CHECK (message_id ~ '^msg_[0-9a-f]{32}$'),
    origin           text NOT NULL CHECK (origin IN ('feed', 'replay', 'test')),
    event_type       text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    feed_xid         bigint,
    feed_seq         bigint,
    data             text NOT NULL,
    exercise         boolean NOT NULL DEFAULT false,
    state            text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    first_attempt_at timestamptz,
    lease_until      timestamptz,
    lease_token      uuid,
    finished_at      timestamptz,
    CHECK (origin = 'test' OR (feed_xid IS NOT NULL AND feed_seq IS NOT NULL))
);
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (subscription_id, feed_xid, feed_seq)
    WHERE origin = 'feed';
CREATE INDEX webhook_deliveries_queue ON webhook_deliveries (subscription_id, seq)
    WHERE state = 'pending';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, seq DESC);

CREATE TABLE webhook_attempts (
    delivery_id      text NOT NULL REFERENCES webhook_deliveries (id),
    number           integer NOT NULL,
    started_at       timestamptz NOT NULL,
    latency_ms       integer NOT NULL,
    status_code      integer,
    response_excerpt text,
    error            text,
    PRIMARY KEY (delivery_id, number)
);
