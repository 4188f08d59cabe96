-- The brief of a watchlist and its schedule (docs/prepare.md, "The brief"). A brief's `scope`
-- may name a watchlist (`scope ->> 'watchlist_id'`); the `briefs` worker handler writes one brief
-- per due instant of a watchlist's `brief_cron` (in its `brief_timezone`). `brief_schedule` is
-- its ledger: the unique key (watchlist, instant), inserted in the transaction that writes the
-- brief, makes the schedule exactly once per instant across restarts and repeated steps. A row
-- with `error` (and no brief) is an instant whose brief could not be written; it is not retried.
CREATE TABLE brief_schedule (
    watchlist_id  text NOT NULL REFERENCES watchlists (id),
    scheduled_for timestamptz NOT NULL,
    brief_id      text REFERENCES briefs (id),
    error         text,
    written_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (watchlist_id, scheduled_for)
);
-- The briefs of a watchlist (`GET /v1/briefs?watchlist=`).
CREATE INDEX briefs_watchlist ON briefs ((scope ->> 'watchlist_id'), written_for DESC)
    WHERE deleted_at IS NULL AND scope ? 'watchlist_id';
