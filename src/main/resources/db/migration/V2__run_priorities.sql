-- Each run's top-N priorities (issue 12), so that the next run can say what became of them.
-- Portable SQL: the same script runs on H2 (the default) and PostgreSQL. Money is kept as exact
-- decimals, as the run reported it; a customer id is as long as the export made it.

CREATE TABLE rgo_run_priority (
    run_id         VARCHAR(100)  NOT NULL REFERENCES rgo_run (run_id) ON DELETE CASCADE,
    priority_rank  INTEGER       NOT NULL,
    customer_id    VARCHAR       NOT NULL,
    root_cause     VARCHAR(64)   NOT NULL,
    owner_team     VARCHAR(200)  NOT NULL,
    gap_amount     DECIMAL(19, 2) NOT NULL,
    exposure_index DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (run_id, priority_rank)
);
