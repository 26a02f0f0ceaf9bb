package org.rgo.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One run of the pipeline, as the ledger keeps it. Totals are null until the run succeeds. */
public record RunRecord(String runId, LocalDate asOfWeek, Instant startedAt, Instant finishedAt, Status status,
                        List<InputFile> inputs, Double totalGap, Double totalRei, Integer customersAtRisk,
                        String verdict, String outputFolder, Delivery delivery, String error) {

    /** HELD: computed and reported, but held back from mail by the data gate until an operator releases it. */
    public enum Status { RUNNING, SUCCEEDED, FAILED, HELD }

    /** Email delivery of the run's report (issue: weekly email). */
    public enum Delivery { NONE, PENDING, DELIVERED, FAILED }

    public record InputFile(String kind, String name, String sha256, long rows) {}

    public static RunRecord started(String runId, LocalDate asOfWeek, Instant startedAt, List<InputFile> inputs) {
        return new RunRecord(runId, asOfWeek, startedAt, null, Status.RUNNING, List.copyOf(inputs), null, null, null,
                null, null, Delivery.NONE, null);
    }

    public RunRecord succeeded(Instant at, double gap, double rei, int atRisk, String verdictLabel, String folder) {
        return new RunRecord(runId, asOfWeek, startedAt, at, Status.SUCCEEDED, inputs, gap, rei, atRisk, verdictLabel,
                folder, delivery, null);
    }

    /** Like {@link #succeeded}, but held by the data gate: not mailed until released. */
    public RunRecord held(Instant at, double gap, double rei, int atRisk, String verdictLabel, String folder) {
        return new RunRecord(runId, asOfWeek, startedAt, at, Status.HELD, inputs, gap, rei, atRisk, verdictLabel,
                folder, delivery, null);
    }

    /** A held run an operator released: from now on a successful run like any other. */
    public RunRecord released() {
        return new RunRecord(runId, asOfWeek, startedAt, finishedAt, Status.SUCCEEDED, inputs, totalGap, totalRei,
                customersAtRisk, verdict, outputFolder, delivery, error);
    }

    public RunRecord failed(Instant at, String reason) {
        return new RunRecord(runId, asOfWeek, startedAt, at, Status.FAILED, inputs, totalGap, totalRei,
                customersAtRisk, verdict, outputFolder, delivery, reason);
    }

    public RunRecord withDelivery(Delivery value) {
        return new RunRecord(runId, asOfWeek, startedAt, finishedAt, status, inputs, totalGap, totalRei,
                customersAtRisk, verdict, outputFolder, value, error);
    }

    public long durationMillis() {
        return finishedAt == null ? 0 : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}
