package org.rgo.ops;

import org.rgo.ledger.RunRecord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one log line an operator reads per run: outcome, as-of week, totals and the time of each step. */
final class RunTimingLine {

    private RunTimingLine() {}

    /**
     * @param runId  the run's id, null when the run failed before the ledger recorded it
     * @param run    the ledger's record of the run, when there is one
     * @param failure the exception that ended the run, null when it completed
     */
    static String of(String runId, Optional<RunRecord> run, List<StepTime> steps, long totalNanos, long cpuNanos,
                     Throwable failure) {
        StringBuilder line = new StringBuilder("Run ").append(runId == null ? "(not recorded)" : runId);
        if (failure == null) {
            boolean held = run.map(r -> r.status() == RunRecord.Status.HELD).orElse(false);
            line.append(held ? " was held by the data gate (reported, not mailed) after " : " succeeded in ")
                    .append(StepTime.millis(totalNanos));
            run.ifPresent(r -> line.append(": as-of ").append(r.asOfWeek())
                    .append(", total REI ").append(amount(r.totalRei()))
                    .append(", gap ").append(amount(r.totalGap()))
                    .append(", ").append(r.customersAtRisk()).append(" customers at risk")
                    .append(", verdict ").append(r.verdict())
                    .append("; report in ").append(r.outputFolder()));
        } else {
            line.append(" failed after ").append(StepTime.millis(totalNanos));
            run.ifPresent(r -> line.append(": as-of ").append(r.asOfWeek()));
            line.append(": ").append(failure.getMessage());
        }
        line.append("; process CPU ").append(StepTime.millis(cpuNanos)).append("; steps: ").append(steps.isEmpty() ? "none"
                : steps.stream().map(StepTime::describe).collect(Collectors.joining(", ")));
        return line.toString();
    }

    private static String amount(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
