-- What each data set says of a record imported with `on_existing: merge_citations`: one claim
-- per source. The record is written as the merge of all of them (imports/claims.py), so the
-- result does not depend on which file was imported first.
CREATE TABLE import_claims (
    dataset     text NOT NULL REFERENCES datasets (name),
    resource    text NOT NULL,
    external_id text NOT NULL,
    sources     text NOT NULL,
    claim       jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (dataset, resource, external_id, sources)
);
