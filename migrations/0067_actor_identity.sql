-- One actor per real actor.
--
-- superseded_by: an actor merged into another (POST /v1/actors/{id}/merge) keeps its record and
-- history and says where it went; references to it were moved to the survivor.
-- known_as: the other external ids an import resolved to this actor (by an identifier or a
-- name), with the rule that matched, so the next import of that id finds it at once.
ALTER TABLE actors ADD COLUMN superseded_by text;
ALTER TABLE actors ADD COLUMN known_as jsonb NOT NULL DEFAULT '[]';
ALTER TABLE actors_history ADD COLUMN superseded_by text;
ALTER TABLE actors_history ADD COLUMN known_as jsonb NOT NULL DEFAULT '[]';

-- A name as importers compare it: case, accents (romanisations: P'yŏngyang, Pyongyang),
-- spaces, hyphens and punctuation do not count. 'Kim Jong-Un' and 'Kim Jong Un' are one key.
CREATE FUNCTION wf_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(normalize(lower(name), NFKD),
                          '[\u0300-\u036f[:space:].''’`",‐‑–—-]', '', 'g')
$$;

CREATE FUNCTION wf_name_keys(name text, aliases text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_agg(DISTINCT k) FROM (
        SELECT wf_name_key(n) AS k FROM unnest(array_prepend(name, aliases)) AS n
    ) keys WHERE k <> ''
$$;

CREATE FUNCTION wf_known_ids(known_as jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(k->>'external_id'), '{}') FROM jsonb_array_elements(known_as) AS k
$$;

-- Stored, so looking for an actor by name compares arrays instead of normalising every name.
ALTER TABLE actors ADD COLUMN name_keys text[] GENERATED ALWAYS AS (wf_name_keys(name, aliases)) STORED;
ALTER TABLE actors_history ADD COLUMN name_keys text[];
CREATE INDEX actors_name_keys ON actors USING gin (name_keys);
ALTER TABLE actors ADD COLUMN known_ids text[] GENERATED ALWAYS AS (wf_known_ids(known_as)) STORED;
ALTER TABLE actors_history ADD COLUMN known_ids text[];
CREATE INDEX actors_known_ids ON actors USING gin (known_ids);
CREATE INDEX actors_superseded ON actors (superseded_by) WHERE superseded_by IS NOT NULL;
