-- The run ledger (issue 3): one row per pipeline run, and the input files each run read.
-- Portable SQL: the same script runs on H2 (the default) and PostgreSQL.

CREATE TABLE rgo_run (
    run_id            VARCHAR(100)  NOT NULL PRIMARY KEY,
    as_of_week        DATE          NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(16)   NOT NULL,
    total_gap         DOUBLE PRECISION,
    total_rei         DOUBLE PRECISION,
    customers_at_risk INTEGER,
    verdict           VARCHAR(32),
    output_folder     VARCHAR(4000),
    delivery          VARCHAR(16)   NOT NULL,
    error             VARCHAR(4000)
);

-- "newest first" and "latest succeeded" read the ledger by start time
CREATE INDEX rgo_run_started_at ON rgo_run (started_at);

CREATE TABLE rgo_run_input (
    run_id      VARCHAR(100)  NOT NULL REFERENCES rgo_run (run_id) ON DELETE CASCADE,
    input_order INTEGER       NOT NULL,
    kind        VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(1000) NOT NULL,
    sha256      CHAR(64),
    row_count   BIGINT        NOT NULL,
    PRIMARY KEY (run_id, input_order)
);
