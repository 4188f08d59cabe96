-- An ACH matrix per question or per scenario set (issue 16): `scenario_set_id` names the set
-- whose futures it weighs; a hypothesis may be one of those scenarios (`scenario_id` inside
-- `hypotheses`). `scenario_ids` (derived from the hypotheses) serves the `scenario` filter.
ALTER TABLE ach_matrices ADD COLUMN scenario_set_id text;
ALTER TABLE ach_matrices ADD COLUMN scenario_ids text[] NOT NULL DEFAULT '{}';
ALTER TABLE ach_matrices_history ADD COLUMN scenario_set_id text;
ALTER TABLE ach_matrices_history ADD COLUMN scenario_ids text[] NOT NULL DEFAULT '{}';
CREATE INDEX ach_matrices_scenario_set ON ach_matrices (scenario_set_id) WHERE deleted_at IS NULL;
