-- The worker (`watchfloor worker`): each handler follows the change feed with a position of its
-- own, advanced in the same transaction as the handler's effects, so a crash never loses or
-- repeats a change. The feed is never pruned past the slowest handler.

CREATE TABLE worker_positions (
    handler    text PRIMARY KEY CHECK (handler ~ '^[a-z][a-z0-9_.-]{0,62}$'),
    xid        xid8 NOT NULL,
    seq        bigint NOT NULL,
    processed  bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
