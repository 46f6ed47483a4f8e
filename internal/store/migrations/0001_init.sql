-- 0001: sources, their rows, claims, awards, quarantine.
-- Money is stored as BIGINT cents (see spend.Money); dates as DATE.

CREATE SEQUENCE source_ids START 1;

-- One row per ingested file.
CREATE TABLE sources (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR NOT NULL,      -- file name as given
    sha256           VARCHAR NOT NULL UNIQUE,
    format           VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,      -- contract, grant, lease
    snapshot         DATE,
    bytes            BIGINT NOT NULL,
    header           VARCHAR[] NOT NULL,    -- column names in file order
    rows_read        BIGINT NOT NULL,
    rows_loaded      BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    load_path        VARCHAR NOT NULL,      -- 'bulk' or 'append'
    ingested_at      TIMESTAMP NOT NULL
);

-- Every loaded record exactly as read, for the evidence chain.
CREATE TABLE source_rows (
    source_id BIGINT NOT NULL,
    record    BIGINT NOT NULL,   -- 1-based data record number
    line      BIGINT NOT NULL,   -- 1-based line where the record starts
    fields    VARCHAR[] NOT NULL
);

-- Savings claims (DOGE receipts).
CREATE TABLE claims (
    id            BIGINT NOT NULL,   -- source_id * 1e9 + record
    source_id     BIGINT NOT NULL,
    record        BIGINT NOT NULL,
    line          BIGINT NOT NULL,
    kind          VARCHAR NOT NULL,
    snapshot      DATE,
    claim_date    DATE,
    date_note     VARCHAR,
    agency        VARCHAR,
    piid          VARCHAR,
    award_id      VARCHAR,
    link          VARCHAR,
    vendor        VARCHAR,
    description   VARCHAR,
    status        VARCHAR,
    value_cents   BIGINT,
    savings_cents BIGINT,
    location      VARCHAR,
    city          VARCHAR,
    state         VARCHAR,
    sq_ft         BIGINT
);

-- Award records (FPDS contract actions, USAspending grant awards).
CREATE TABLE awards (
    source_id               BIGINT NOT NULL,
    record                  BIGINT NOT NULL,
    line                    BIGINT NOT NULL,
    kind                    VARCHAR NOT NULL,
    key                     VARCHAR NOT NULL,
    as_of                   DATE,
    piid                    VARCHAR,
    agency_id               VARCHAR,
    mod_number              VARCHAR,
    idv_piid                VARCHAR,
    fain                    VARCHAR,
    recipient               VARCHAR,
    uei                     VARCHAR,
    cage                    VARCHAR,
    reason_for_mod          VARCHAR,
    description             VARCHAR,
    signed                  DATE,
    effective               DATE,
    current_end             DATE,
    potential_end           DATE,
    obligated_cents         BIGINT,
    base_exercised_cents    BIGINT,
    ceiling_cents           BIGINT,
    outlayed_cents          BIGINT,
    action_obligation_cents BIGINT
);

-- Records set aside during ingest, with where and why.
CREATE TABLE quarantine (
    source_id BIGINT NOT NULL,
    record    BIGINT,            -- null when the reader could not tell
    line      BIGINT NOT NULL,
    col       BIGINT,            -- 1-based field number, if known
    field     VARCHAR,
    reason    VARCHAR NOT NULL,
    raw       VARCHAR
);
