-- Query plans that hold on 1M events, as a custom and as a generic plan (asyncpg prepares every
-- statement, so after five runs PostgreSQL may plan a list once for any parameter values).
-- docs/query-plans.md shows the plans.

-- dyad: the directed pairs 'actor>recipient' of an event, one GIN lookup for a dyad in either
-- plan (both directions are two pairs). An expression index: no column to keep in step, the
-- writers of actor_ids/recipient_ids need no change. Ids never contain '>'.
CREATE FUNCTION wf_dyads(actor_ids text[], recipient_ids text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT a || '>' || r FROM unnest(actor_ids) a, unnest(recipient_ids) r);
CREATE INDEX events_dyads ON events USING gin (wf_dyads(actor_ids, recipient_ids))
    WHERE deleted_at IS NULL;
-- The planner reads no statistics of a partial index's expression: without these every dyad is
-- estimated at 0.5% of the table, so a custom plan walks the list order for a dyad that has
-- no events at all (3.6 s on 1M). With them a rare dyad takes the index, a frequent one walks.
CREATE STATISTICS events_dyads_stats ON (wf_dyads(actor_ids, recipient_ids)) FROM events;

-- bbox: `lon BETWEEN … AND lat BETWEEN …` as index conditions of the list orders themselves.
-- The scan walks the list order and checks the box inside the index (no heap visit for an
-- event outside it): a box over a dense area stops after a page, an empty box reads the index
-- once (~80 ms on 1M events) and nothing else. A box index (GiST or a btree on lon, lat) would
-- win for sparse boxes but the generic plan, which knows no box, takes it for every box and
-- then reads and sorts half the table for a wide one (5 s). Replaces events_list and
-- events_occurred (same leading columns, so they serve every list as before) and the GiST
-- events_location nothing uses any more.
DROP INDEX events_list;
CREATE INDEX events_list ON events (dataset, id DESC, lon, lat) WHERE deleted_at IS NULL;
DROP INDEX events_occurred;
CREATE INDEX events_occurred ON events (dataset, occurred_start DESC, id DESC, lon, lat)
    WHERE deleted_at IS NULL;
DROP INDEX events_location;
