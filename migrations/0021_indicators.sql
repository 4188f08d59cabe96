-- Indicators and observations: indexes for GET /v1/indicators filters and for reading a
-- series in period order with its vintages. Partial on live rows, like every list index.

CREATE INDEX indicators_actors ON indicators USING gin (actor_ids) WHERE deleted_at IS NULL;
CREATE INDEX indicators_tags ON indicators USING gin (tags) WHERE deleted_at IS NULL;
CREATE INDEX indicators_frequency ON indicators (dataset, frequency, id DESC)
    WHERE deleted_at IS NULL;

-- A series in its list order (period, vintage, id). The "newest vintage of each period" test
-- is served by observations_figure (indicator, period_start, period_end, vintage) from 0002.
CREATE INDEX observations_list
    ON observations (indicator_id, period_start, period_end, vintage, id)
    WHERE deleted_at IS NULL;
-- as_of reads of a series look up the past versions of one indicator's figures.
CREATE INDEX observations_history_series
    ON observations_history (indicator_id, period_start, period_end, vintage);
