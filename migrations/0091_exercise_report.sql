-- The after-action report of an exercise (docs/exercises.md, "After-action report").
--
-- 1. Controllers and evaluators log HSEEP observations and improvement-plan rows as actions of
--    two new kinds: `observation` (a strength or an area for improvement of a capability, with
--    its analysis) and `improvement` (one row of the Improvement Plan: the action's text is the
--    area for improvement, `improvement` holds the corrective action, the capability element,
--    the responsible organisation, its point of contact and the dates).
-- 2. The scripted truth of the exercise's forecasting questions, set by a controller: kept
--    with the exercise row but never in its representation (players read the exercise; the
--    truth is the answer key), read by the report alone.
--
-- Every new column is nullable or has a default: rows written before keep their meaning.

ALTER TABLE exercise_actions DROP CONSTRAINT exercise_actions_kind_check;
ALTER TABLE exercise_actions ADD CONSTRAINT exercise_actions_kind_check
    CHECK (kind IN ('decision', 'rfi', 'message', 'observation', 'improvement'));
ALTER TABLE exercise_actions
    ADD COLUMN assessment text CHECK (assessment IN ('strength', 'area_for_improvement')),
    ADD COLUMN capability text,
    ADD COLUMN analysis text,
    ADD COLUMN improvement jsonb;
ALTER TABLE exercise_actions_history
    ADD COLUMN assessment text,
    ADD COLUMN capability text,
    ADD COLUMN analysis text,
    ADD COLUMN improvement jsonb;

ALTER TABLE exercises ADD COLUMN truth jsonb NOT NULL DEFAULT '[]';
ALTER TABLE exercises_history ADD COLUMN truth jsonb NOT NULL DEFAULT '[]';
