package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.rgo.gate.GateReason;
import org.rgo.gate.GateResult;
import org.rgo.gate.ProfileText;
import org.rgo.ingest.Dataset;
import org.rgo.layers.Analysis;
import org.rgo.layers.AnalysisInput;
import org.rgo.layers.Portfolio;
import org.rgo.layers.CustomerResult;
import org.rgo.ledger.RunGate;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunPriority;
import org.rgo.ledger.RunRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps the run ledger up to date from the analyze route: started, succeeded or failed. */
public final class RunRecorder {

    public static final String RUN_ID = "rgoRunId";
    /** Exchange property: the ledger's previous succeeded run (a RunRecord), for "what we reported last time". */
    static final String LAST_REPORTED = "rgoLastReported";
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final RunLedger ledger;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public RunRecorder(RunLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Opens a run record; the run id goes into the {@value #RUN_ID} header. */
    public void started(AnalysisInput input, Exchange exchange) {
        var now = clock.instant();
        String runId = ID_TIME.format(now) + "-" + sequence.incrementAndGet();
        Dataset data = input.data();
        var inputs = data.sources().stream().map(s -> new RunRecord.InputFile(s.kind().prefix(), s.fileName(),
                s.sha256(), s.rows())).toList();
        ledger.latestSucceeded().ifPresent(last -> exchange.setProperty(LAST_REPORTED, last));
        ledger.record(RunRecord.started(runId, input.model().asOfDate(), now, inputs));
        exchange.getMessage().setHeader(RUN_ID, runId);
    }

    /**
     * The run is reported: SUCCEEDED, or HELD when the data gate held it. Before that, its top-N
     * priorities for the next run's follow-up (issue 12), and the gate's verdict with the profile of
     * the inputs (what the next run compares with) are kept beside it: a crash in between leaves the
     * run unfinished, never succeeded without them.
     */
    public void succeeded(Analysis analysis, Exchange exchange) {
        Portfolio p = analysis.portfolio();
        String runId = exchange.getMessage().getHeader(RUN_ID, String.class);
        if (runId != null) {
            ledger.recordPriorities(runId, priorities(p));
        }
        String folder = exchange.getMessage().getHeader(OutputStep.OUTPUT_FOLDER, String.class);
        GateResult gate = analysis.gate();
        if (runId != null) {
            ledger.recordGate(new RunGate(runId, gate.status().name(),
                    gate.reasons().stream().map(GateReason::message).toList(),
                    gate.profile() == null ? null : ProfileText.write(gate.profile().kept()), null));
        }
        update(exchange, run -> gate.held()
                ? run.held(clock.instant(), p.totalGap(), p.totalRei(), p.customerCountWithGaps(),
                        analysis.executive().verdict(), folder)
                : run.succeeded(clock.instant(), p.totalGap(), p.totalRei(), p.customerCountWithGaps(),
                        analysis.executive().verdict(), folder));
    }

    /**
     * The release route's first step: the held run {@code runId}, whose report folder goes into the
     * {@value OutputStep#OUTPUT_FOLDER} header; fails when the ledger has no such run or it is not held.
     */
    public String heldRun(@Header(RUN_ID) String runId, Exchange exchange) {
        RunRecord run = ledger.find(runId).orElseThrow(() -> new IllegalArgumentException(
                "the run ledger has no run " + runId));
        if (run.status() != RunRecord.Status.HELD) {
            throw new IllegalStateException("run " + runId + " is " + run.status() + ", not HELD: only a run the data"
                    + " gate held can be released");
        }
        exchange.getMessage().setHeader(OutputStep.OUTPUT_FOLDER, run.outputFolder());
        return run.outputFolder();
    }

    /** Records that an operator released the held run {@code runId}: a successful run from now on. */
    public void released(@Header(RUN_ID) String runId) {
        Instant now = clock.instant();
        ledger.gate(runId).ifPresent(gate -> ledger.recordGate(gate.released(now)));
        ledger.find(runId).filter(run -> run.status() == RunRecord.Status.HELD)
                .ifPresent(run -> ledger.record(run.released()));
    }

    private static List<RunPriority> priorities(Portfolio p) {
        List<RunPriority> priorities = new ArrayList<>();
        for (CustomerResult r : p.topPriority()) {
            priorities.add(new RunPriority(priorities.size() + 1, r.customerId(), r.attribution().rootCause().label(),
                    r.attribution().rootCause().owner(), r.revenue().gapAmount(), r.exposure().exposureIndex()));
        }
        return priorities;
    }

    public void failed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = failure == null ? "unknown failure" : failure.getMessage();
        update(exchange, run -> run.failed(clock.instant(), reason));
    }

    private void update(Exchange exchange, java.util.function.UnaryOperator<RunRecord> change) {
        String runId = exchange.getMessage().getHeader(RUN_ID, String.class);
        if (runId != null) {
            ledger.find(runId).map(change).ifPresent(ledger::record);
        }
    }
}
