-- Keys the service makes for itself, shared by every worker and replica through the database:
-- the key that signs pagination cursors, when WATCHFLOOR_CURSOR_SECRET does not give one.
CREATE TABLE server_secrets (
    name text PRIMARY KEY,
    secret bytea NOT NULL CHECK (length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
