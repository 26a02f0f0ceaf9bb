package org.rgo.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The durable record of runs. */
public interface RunLedger {

    /** Inserts the run, or replaces the record with the same run id. */
    void record(RunRecord run);

    Optional<RunRecord> find(String runId);

    /** Newest first. */
    List<RunRecord> recent(int limit);

    /** Keeps a run's top-N priorities in rank order (issue 12), replacing any kept for it before. */
    void recordPriorities(String runId, List<RunPriority> priorities);

    /** The priorities kept for a run, in rank order; empty when none were. */
    List<RunPriority> priorities(String runId);

    /** Keeps the data gate's verdict on a run and the profile of its inputs, replacing an earlier one. */
    void recordGate(RunGate gate);

    /** The data gate's record of a run; empty for a run that has none (a failed run, or one from before the gate). */
    Optional<RunGate> gate(String runId);

    default Optional<RunRecord> latest() {
        return recent(1).stream().findFirst();
    }

    /** How many runs the ledger holds in each status; a status without runs is left out. */
    default Map<RunRecord.Status, Long> countByStatus() {
        return recent(Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(RunRecord::status, () -> new EnumMap<>(RunRecord.Status.class),
                        Collectors.counting()));
    }

    default Optional<RunRecord> latestSucceeded() {
        return recent(Integer.MAX_VALUE).stream().filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst();
    }
}
