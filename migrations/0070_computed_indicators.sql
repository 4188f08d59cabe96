-- Computed indicators: an indicator may carry a definition (a measure over events, jsonb in
-- the wire shape of IndicatorDefinition) instead of hand-entered figures; the worker writes its
-- observations and marks them `computed` (they cite no source: their basis is the definition).
-- Columns are appended to each table and its history twin alike, keeping their column order
-- identical (wf_version_row copies rows positionally).
ALTER TABLE indicators ADD COLUMN definition jsonb;
ALTER TABLE indicators_history ADD COLUMN definition jsonb;
ALTER TABLE observations ADD COLUMN computed boolean NOT NULL DEFAULT false;
ALTER TABLE observations_history ADD COLUMN computed boolean NOT NULL DEFAULT false;

-- The worker finds the computed indicators of a dataset on every page of event changes.
CREATE INDEX indicators_computed ON indicators (dataset, id)
    WHERE definition IS NOT NULL AND deleted_at IS NULL;
