-- The data gate (issue 15): its verdict on each run, the reasons a run was held, the profile of the
-- run's inputs (rows, columns, weekly figures) that the next run compares with, and when an
-- operator released a held run. A held run itself has status HELD in rgo_run.
-- Portable SQL: the same script runs on H2 (the default) and PostgreSQL.

CREATE TABLE rgo_run_gate (
    run_id      VARCHAR(100)     NOT NULL PRIMARY KEY REFERENCES rgo_run (run_id) ON DELETE CASCADE,
    gate_status VARCHAR(16)      NOT NULL,
    reasons     VARCHAR(1000000) NOT NULL,
    profile     VARCHAR(1000000),
    released_at TIMESTAMP WITH TIME ZONE
);
