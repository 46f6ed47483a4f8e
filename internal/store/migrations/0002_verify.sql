-- 0002: verification runs, their verdicts and findings.

CREATE TABLE verify_runs (
    id         BIGINT PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    claims     BIGINT NOT NULL,
    awards     BIGINT NOT NULL,
    options    VARCHAR NOT NULL   -- the verification options, as JSON
);

-- One verdict per claim per run.
CREATE TABLE verdicts (
    run_id           BIGINT NOT NULL,
    claim_id         BIGINT NOT NULL,
    kind             VARCHAR NOT NULL,
    snapshot         DATE,
    agency           VARCHAR,
    claimed_cents    BIGINT NOT NULL,
    verifiable_cents BIGINT NOT NULL,
    status           VARCHAR NOT NULL,
    award_key        VARCHAR,
    award_source     BIGINT,
    award_record     BIGINT,
    award_line       BIGINT,
    link             VARCHAR,
    link_note        VARCHAR,
    link_score       DOUBLE
);

-- Every problem found with a claim, with its evidence as JSON:
-- [{"field", "value", "source", "record", "line", "note"}, ...].
CREATE TABLE findings (
    run_id       BIGINT NOT NULL,
    claim_id     BIGINT NOT NULL,
    seq          INTEGER NOT NULL,
    class        VARCHAR NOT NULL,
    severity     VARCHAR NOT NULL,
    amount_cents BIGINT NOT NULL,
    sentence     VARCHAR NOT NULL,
    evidence     VARCHAR NOT NULL
);
