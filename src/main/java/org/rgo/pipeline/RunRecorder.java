package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.ingest.Dataset;
import org.rgo.layers.Analysis;
import org.rgo.layers.AnalysisInput;
import org.rgo.layers.Portfolio;
import org.rgo.layers.CustomerResult;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunPriority;
import org.rgo.ledger.RunRecord;

import java.time.Clock;
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
     * Marks the run succeeded, after keeping its top-N priorities for the next run's follow-up
     * (issue 12): a crash in between leaves the run unfinished, never succeeded without them.
     */
    public void succeeded(Analysis analysis, Exchange exchange) {
        Portfolio p = analysis.portfolio();
        String runId = exchange.getMessage().getHeader(RUN_ID, String.class);
        if (runId != null) {
            ledger.recordPriorities(runId, priorities(p));
        }
        String folder = exchange.getMessage().getHeader(OutputStep.OUTPUT_FOLDER, String.class);
        update(exchange, run -> run.succeeded(clock.instant(), p.totalGap(), p.totalRei(), p.customerCountWithGaps(),
                analysis.executive().verdict(), folder));
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
