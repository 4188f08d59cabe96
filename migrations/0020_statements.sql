-- Statements: indexes for the list order, the filters of GET /v1/statements and text search.
-- Every index is partial on live rows: current-state lists never read tombstones or history.

-- Default order: latest said first (said_on DESC, id DESC), per dataset.
CREATE INDEX statements_said ON statements (dataset, said_on DESC, id DESC)
    WHERE deleted_at IS NULL;
-- "What did X say" and "what was said about Y", in the default order.
CREATE INDEX statements_speaker ON statements (dataset, speaker_id, said_on DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX statements_target ON statements (dataset, target_id, said_on DESC, id DESC)
    WHERE deleted_at IS NULL AND target_id IS NOT NULL;
-- `q`: the generated tsvector (original under 'simple', translation under 'english').
CREATE INDEX statements_search ON statements USING gin (search) WHERE deleted_at IS NULL;
-- topic, supports, contradicts: array containment (@>).
CREATE INDEX statements_topics ON statements USING gin (topics) WHERE deleted_at IS NULL;
CREATE INDEX statements_events ON statements USING gin (supports, contradicts)
    WHERE deleted_at IS NULL;
