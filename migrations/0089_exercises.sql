-- Exercises (docs/exercises.md): an exercise, its MSEL of injects, and the players' actions.
--
-- An exercise owns two datasets of kind `exercise`: its **play** dataset (the exercise world:
-- the copy of the starting world, the released injects' records, the players' forecasts; the
-- exercise record itself lives there, so every participant reads its clock) and its **control**
-- dataset (the MSEL and the actions log), granted to controllers and evaluators only. A player's
-- key holds the play dataset alone, so the MSEL is as absent for it as any other dataset's
-- records, in reads, the change feed and the export alike.
--
-- The clock is stored as anchors: game time = clock_game + (wall − clock_wall) × clock_speed
-- while running, clock_game otherwise; every start, pause, resume and end is a new version.
CREATE TABLE exercises (
    id               text PRIMARY KEY CHECK (id ~ '^exr_[0-9a-f]{32}$'),
    dataset          text NOT NULL REFERENCES datasets (name),
    version          integer NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    sys_period       tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id      text,
    name             text NOT NULL,
    description      text,
    source_dataset   text NOT NULL,
    control_dataset  text NOT NULL,
    start_known_by   timestamptz NOT NULL,
    participants     jsonb NOT NULL DEFAULT '[]',
    clock_state      text NOT NULL DEFAULT 'not_started'
                     CHECK (clock_state IN ('not_started', 'running', 'paused', 'ended')),
    clock_speed      float8 NOT NULL DEFAULT 60 CHECK (clock_speed > 0),
    clock_wall       timestamptz,
    clock_game       timestamptz NOT NULL,
    clock_started_at timestamptz,
    clock_ended_at   timestamptz
);
CREATE UNIQUE INDEX exercises_external_id ON exercises (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX exercises_list ON exercises (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX exercises_running ON exercises (id) WHERE clock_state IN ('running', 'paused')
    AND deleted_at IS NULL;
CREATE TABLE exercises_history (LIKE exercises);
CREATE INDEX exercises_history_id ON exercises_history (id, version);
CREATE INDEX exercises_history_period ON exercises_history USING gist (sys_period);
CREATE TRIGGER exercises_version BEFORE UPDATE ON exercises
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER exercises_change AFTER INSERT OR UPDATE ON exercises
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('exercise');

-- One row of the MSEL, in the exercise's control dataset. `record` is the body of the record
-- it releases (an event's, a statement's, an observation's create body) or a message
-- ({to, text}); released_record_id is what the release created in the play dataset.
CREATE TABLE injects (
    id                 text PRIMARY KEY CHECK (id ~ '^inj_[0-9a-f]{32}$'),
    dataset            text NOT NULL REFERENCES datasets (name),
    version            integer NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    deleted_at         timestamptz,
    sys_period         tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id        text,
    exercise_id        text NOT NULL,
    at                 timestamptz NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('event', 'statement', 'observation', 'message')),
    title              text,
    record             jsonb NOT NULL,
    expected_actions   jsonb NOT NULL DEFAULT '[]',
    capability         text,
    state              text NOT NULL DEFAULT 'scheduled'
                       CHECK (state IN ('scheduled', 'released', 'withdrawn')),
    released_at        timestamptz,
    released_game_time timestamptz,
    released_record_id text
);
CREATE UNIQUE INDEX injects_external_id ON injects (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX injects_list ON injects (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX injects_msel ON injects (exercise_id, at, id) WHERE deleted_at IS NULL;
CREATE INDEX injects_due ON injects (exercise_id, at) WHERE state = 'scheduled' AND deleted_at IS NULL;
CREATE TABLE injects_history (LIKE injects);
CREATE INDEX injects_history_id ON injects_history (id, version);
CREATE INDEX injects_history_period ON injects_history USING gist (sys_period);
CREATE TRIGGER injects_version BEFORE UPDATE ON injects
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER injects_change AFTER INSERT OR UPDATE ON injects
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('inject');

-- What a participant did, stamped with both clocks, in the control dataset.
CREATE TABLE exercise_actions (
    id          text PRIMARY KEY CHECK (id ~ '^xac_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    sys_period  tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    external_id text,
    exercise_id text NOT NULL,
    participant text NOT NULL,
    role        text NOT NULL CHECK (role IN ('controller', 'player', 'evaluator')),
    kind        text NOT NULL CHECK (kind IN ('decision', 'rfi', 'message')),
    text        text NOT NULL,
    inject_id   text,
    game_time   timestamptz NOT NULL,
    wall_time   timestamptz NOT NULL
);
CREATE UNIQUE INDEX exercise_actions_external_id ON exercise_actions (dataset, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX exercise_actions_list ON exercise_actions (dataset, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX exercise_actions_exercise ON exercise_actions (exercise_id, id DESC)
    WHERE deleted_at IS NULL;
CREATE TABLE exercise_actions_history (LIKE exercise_actions);
CREATE INDEX exercise_actions_history_id ON exercise_actions_history (id, version);
CREATE INDEX exercise_actions_history_period ON exercise_actions_history USING gist (sys_period);
CREATE TRIGGER exercise_actions_version BEFORE UPDATE ON exercise_actions
    FOR EACH ROW EXECUTE FUNCTION wf_version_row();
CREATE TRIGGER exercise_actions_change AFTER INSERT OR UPDATE ON exercise_actions
    FOR EACH ROW EXECUTE FUNCTION wf_log_change('exercise_action');

-- The starting world's ids. A copied record's id keeps the prefix and the first 16 hex digits
-- of its original (the UUIDv7's millisecond and counter: copies sort as the originals do) and
-- takes 16 more from md5(salt:original), the salt being the exercise's play dataset. A pure
-- function, so a reference anywhere in a copied row (a column, an array, a jsonb document)
-- is rewritten to the copy's id without a mapping table.
CREATE FUNCTION wf_exercise_id(original text, salt text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN original ~ '^(act|src|fac|wpn|evt|stm|ind|obs|wpr)_[0-9a-f]{32}$'
        THEN split_part(original, '_', 1) || '_' || substr(split_part(original, '_', 2), 1, 16)
             || substr(md5(salt || ':' || original), 1, 16)
        ELSE original
    END
$$;

CREATE FUNCTION wf_exercise_ids(originals text[], salt text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN originals IS NULL THEN NULL ELSE ARRAY(
        SELECT wf_exercise_id(x, salt) FROM unnest(originals) WITH ORDINALITY AS u (x, n)
        ORDER BY n
    ) END
$$;

CREATE FUNCTION wf_exercise_json(doc jsonb, salt text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN CASE jsonb_typeof(doc)
        WHEN 'string' THEN to_jsonb(wf_exercise_id(doc #>> '{}', salt))
        WHEN 'array' THEN coalesce((
            SELECT jsonb_agg(wf_exercise_json(e, salt) ORDER BY n)
            FROM jsonb_array_elements(doc) WITH ORDINALITY AS a (e, n)), '[]'::jsonb)
        WHEN 'object' THEN coalesce((
            SELECT jsonb_object_agg(k, wf_exercise_json(v, salt)) FROM jsonb_each(doc) AS o (k, v)),
            '{}'::jsonb)
        ELSE doc
    END;
END
$$;
