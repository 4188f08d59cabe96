-- An event's `cameo` object, looked up by index.
--
-- Every read of an event selects its CAMEO lookup as a subquery. cameo_codes is 311 rows on 4
-- pages, so the planner's costs (random_page_cost 4) prefer a sequential scan of all of it for
-- each event: 17 µs an event (EXPLAIN ANALYZE of an export's rows, 10,000 events: 220 ms with
-- the lookup, 5 ms without). As a function with its own planner setting the lookup uses the
-- primary key: 220 ms → 64 ms for 12,000 events. STRICT: an event with no code costs no call.
CREATE FUNCTION cameo_of(code text) RETURNS jsonb
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET random_page_cost = 1.1
AS $$
    SELECT jsonb_build_object('code', c.code, 'description', c.description,
                              'goldstein', c.goldstein, 'quad_class', c.quad_class,
                              'root', c.root)
    FROM cameo_codes c WHERE c.code = cameo_of.code
$$;
