-- Backtests (docs/forecasting.md): a built-in model run over a question template at rolling
-- origins, stored with its numbers and the fingerprint of the data they came from. A backtest
-- is never edited: a new run is a new row.
CREATE TABLE backtests (
    id          text PRIMARY KEY CHECK (id ~ '^bkt_[0-9a-f]{32}$'),
    dataset     text NOT NULL REFERENCES datasets (name),
    created_at  timestamptz NOT NULL DEFAULT now(),
    request     jsonb NOT NULL,
    results     jsonb NOT NULL,
    aggregates  jsonb NOT NULL,
    fingerprint text NOT NULL,
    elapsed_ms  integer NOT NULL
);
CREATE INDEX backtests_list ON backtests (dataset, id DESC);

-- The built-in baselines (worker handler "baselines"): the UTC day each model last looked at
-- an open question, so it forecasts at most once a day and only when its numbers change.
CREATE TABLE baseline_checks (
    question_id text NOT NULL,
    forecaster  text NOT NULL,
    checked_on  date NOT NULL,
    PRIMARY KEY (question_id, forecaster)
);
