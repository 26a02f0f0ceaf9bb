package org.rgo.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A ledger that lives as long as the process: for the one-shot command and tests. */
public final class InMemoryRunLedger implements RunLedger {

    private final Map<String, RunRecord> runs = new LinkedHashMap<>();
    private final Map<String, List<RunPriority>> priorities = new LinkedHashMap<>();
    private final Map<String, RunGate> gates = new LinkedHashMap<>();

    @Override
    public synchronized void record(RunRecord run) {
        runs.put(run.runId(), run);
    }

    @Override
    public synchronized void recordGate(RunGate gate) {
        gates.put(gate.runId(), gate);
    }

    @Override
    public synchronized Optional<RunGate> gate(String runId) {
        return Optional.ofNullable(gates.get(runId));
    }

    @Override
    public synchronized Optional<RunRecord> find(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<RunRecord> recent(int limit) {
        List<RunRecord> newestFirst = new ArrayList<>(runs.values());
        newestFirst.sort(Comparator.comparing(RunRecord::startedAt).reversed());
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }

    @Override
    public synchronized void recordPriorities(String runId, List<RunPriority> list) {
        priorities.put(runId, List.copyOf(list));
    }

    @Override
    public synchronized List<RunPriority> priorities(String runId) {
        return priorities.getOrDefault(runId, List.of());
    }
}
