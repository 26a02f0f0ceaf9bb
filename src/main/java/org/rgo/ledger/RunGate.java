package org.rgo.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What the data gate decided on a run (PASSED, HELD or OFF) and why, the profile of the run's
 * inputs as text (what the next run compares with), and when an operator released a held run.
 */
public record RunGate(String runId, String status, List<String> reasons, String profile, Instant releasedAt) {

    public RunGate {
        reasons = List.copyOf(reasons);
    }

    public RunGate released(Instant at) {
        return new RunGate(runId, status, reasons, profile, at);
    }
}
