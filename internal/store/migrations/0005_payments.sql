-- 0005: payment records the DOGE API published, kept as sources for the
-- payment screening to come.

-- /payments line items.
CREATE TABLE payments (
    source_id    BIGINT NOT NULL,
    record       BIGINT NOT NULL,
    line         BIGINT NOT NULL,
    agency       VARCHAR,
    org_name     VARCHAR,
    description  VARCHAR,
    amount_cents BIGINT,
    post_date    DATE,
    status       VARCHAR
);

-- /payments/statistics: counts of payments by one dimension.
CREATE TABLE payment_counts (
    source_id BIGINT NOT NULL,
    record    BIGINT NOT NULL,
    line      BIGINT NOT NULL,
    dimension VARCHAR NOT NULL,  -- agency, org_name or request_date
    key       VARCHAR,           -- the agency or organisation name
    day       DATE,              -- the request date
    count     BIGINT
);
