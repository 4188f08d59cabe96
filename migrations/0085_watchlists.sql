-- Watchlists (docs/prepare.md): saved, named selections over events, statements, alerts,
-- signposts, plan branches and question resolutions, in the filter vocabulary of the list
-- endpoints. A versioned, dataset-scoped resource; `selections` is kept whole as jsonb (a
-- tagged union on `kind`, each with the filters as the list endpoint names them).
-- brief_cron / brief_timezone are stored for the brief's scheduler.
CREATE TABLE watchlists (
    id             text PRIMARY KEY CHECK (id ~ '^wl_[0-9a-f]{32}$'),
    dataset        text NOT NULL REFERENCES datasets (name),
    version        integer NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz,
    sys_period     tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id    text,
    name           text NOT NULL,
    description    text,
    owner          text,
    tags           text[] NOT NULL DEFAULT '{}',
    selections     jsonb NOT NULL,
    brief_cron     text,
    brief_timezone text
);
CREATE UNIQUE INDEX watchlists_external_id ON watchlists (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX watchlists_list ON watchlists (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE TABLE watchlists_history (LIKE watchlists);
CREATE INDEX watchlists_history_id ON watchlists_history (id, version);
CREATE INDEX watchlists_history_period ON watchlists_history USING gist (sys_period);
CREATE TRIGGER watchlists_version BEFORE UPDATE ON watchlists
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER watchlists_change AFTER INSERT OR UPDATE ON watchlists
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('watchlist');

-- What a `watchlist` subscription has already sent: a record enters a watchlist once (the
-- first feed entry at which it matches); later versions of it are not `watchlist.entered`
-- again. Written in the enqueue's transaction, so exactly once with the delivery.
CREATE TABLE watchlist_entries_sent (
    subscription_id text NOT NULL REFERENCES subscriptions (id),
    item_kind       text NOT NULL,
    item_id         text NOT NULL,
    PRIMARY KEY (subscription_id, item_kind, item_id)
);
