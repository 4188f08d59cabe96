-- The per-request cost: verified keys cached per worker process, rate limits counted in memory.
--
-- 1. Every change to a key (revocation, scopes, datasets, limit, deletion) notifies
--    `watchfloor_keys` with the key's id, in the changing transaction: the notification is
--    delivered at commit, and every server process drops that key from its cache
--    (`access/keycache.py`).
-- 2. Rate limits are a GCRA (generic cell rate algorithm) per bucket (a key id, or a client
--    address): `tat` is the theoretical arrival time, in epoch seconds. A bucket of `limit`
--    requests a minute admits `limit` at once and then one every 60/limit seconds, so no burst
--    is ever larger than the limit (the fixed window it replaces let 2× through at a minute's
--    boundary). Worker processes lease tokens from it in chunks (`wf_rate_take`) and spend them
--    in memory (`access/limits.py`); unspent tokens go back (`wf_rate_give`).
--    Unlogged: a crash only forgives what was counted.

CREATE OR REPLACE FUNCTION wf_notify_key_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('watchfloor_keys', OLD.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER api_keys_notify
AFTER UPDATE OR DELETE ON api_keys
FOR EACH ROW EXECUTE FUNCTION wf_notify_key_change();

DROP TABLE rate_limits;

CREATE UNLOGGED TABLE rate_buckets (
    bucket text PRIMARY KEY,
    tat    double precision NOT NULL
);

-- Take up to `wanted` tokens of a bucket whose one token is worth `per_token` seconds and
-- whose burst is `burst` seconds (60: a minute's limit at once). Answers how many were taken
-- (0: none free), the bucket's theoretical arrival time after taking them, and the database's
-- clock, so the caller reasons in offsets and never compares clocks.
CREATE FUNCTION wf_rate_take(
    p_bucket text, per_token double precision, burst double precision, wanted integer,
    OUT granted integer, OUT tat double precision, OUT now_at double precision
)
LANGUAGE plpgsql AS $$
DECLARE
    base double precision;
BEGIN
    now_at := extract(epoch FROM clock_timestamp());
    INSERT INTO rate_buckets AS r (bucket, tat) VALUES (p_bucket, now_at)
    ON CONFLICT (bucket) DO UPDATE SET tat = r.tat
    RETURNING r.tat INTO base;
    base := greatest(base, now_at);
    -- 1e-6: a token that is due now is free, whatever the rounding.
    granted := least(wanted, floor((burst - (base - now_at)) / per_token + 1e-6)::integer);
    IF granted < 1 THEN
        granted := 0;
        tat := base;
        RETURN;
    END IF;
    tat := base + granted * per_token;
    UPDATE rate_buckets SET tat = wf_rate_take.tat WHERE bucket = p_bucket;
END;
$$;
