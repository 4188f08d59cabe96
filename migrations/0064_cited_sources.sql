-- The sources a fact cites, as an indexed array: `GET /v1/events?source=src_…` and the check
-- that refuses to delete a source live facts still cite (409) are each one index lookup.
CREATE FUNCTION wf_cited_sources(citations jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT c->>'source_id'), '{}')
    FROM jsonb_array_elements(citations) AS c
$$;

CREATE INDEX events_cited_sources ON events USING gin (wf_cited_sources(citations));
CREATE INDEX statements_cited_sources ON statements USING gin (wf_cited_sources(citations));
CREATE INDEX observations_cited_sources ON observations USING gin (wf_cited_sources(citations));
