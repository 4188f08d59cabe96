-- Indexes of the event lists (GET /v1/events) and of the reference lists' filters.
-- Every index is partial on `deleted_at IS NULL`, the condition every current-state list has;
-- `as_of` reads go through the history table's own indexes instead. docs/query-plans.md shows
-- the plan each list query gets on 200k events.

-- sort=occurred: latest start first, keyset on (occurred_start, id).
CREATE INDEX events_occurred ON events (dataset, occurred_start DESC, id DESC)
    WHERE deleted_at IS NULL;
-- actor (either side) and dyad: flattened participant ids, one GIN each side.
CREATE INDEX events_actor_ids ON events USING gin (actor_ids) WHERE deleted_at IS NULL;
CREATE INDEX events_recipient_ids ON events USING gin (recipient_ids) WHERE deleted_at IS NULL;
-- occurred_from/occurred_to: interval overlap, the same expression as the filter.
CREATE INDEX events_period ON events USING gist (daterange(occurred_start, occurred_end, '[]'))
    WHERE deleted_at IS NULL;
-- ANALYZE keeps no range histogram for the index expression, so without these statistics every
-- window is estimated at 1% of the table and wide windows get a bitmap scan of most of it.
CREATE STATISTICS events_period_stats ON (daterange(occurred_start, occurred_end, '[]')) FROM events;
-- bbox: points inside a box.
CREATE INDEX events_location ON events USING gist (point(lon, lat)) WHERE deleted_at IS NULL;
CREATE INDEX events_country ON events (dataset, country, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX events_category ON events (dataset, category, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX events_cameo_root ON events (dataset, left(cameo_code, 2), id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX events_facility ON events (facility_id, id DESC)
    WHERE deleted_at IS NULL AND facility_id IS NOT NULL;
CREATE INDEX events_weapon_ids ON events USING gin (weapon_ids) WHERE deleted_at IS NULL;
CREATE INDEX events_tags ON events USING gin (tags) WHERE deleted_at IS NULL;

-- Reference data: the lists filter by kind/class and country within a dataset.
CREATE INDEX facilities_kind ON facilities (dataset, kind, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX facilities_country ON facilities (dataset, country, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX weapons_class ON weapons (dataset, weapon_class, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX weapons_country ON weapons (dataset, country, id DESC) WHERE deleted_at IS NULL;
