package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.layers.Analysis;
import org.rgo.layers.FollowUp;
import org.rgo.layers.FollowUpLayer;
import org.rgo.layers.Kernel;
import org.rgo.layers.RunCustomers;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

/**
 * The analyze route's follow-up step (issue 12): the previous run is the ledger's latest succeeded
 * run when this one started (as "what we reported last time"); its priorities come from the
 * ledger, and where those customers stand now from this run's data through the kernel.
 */
public final class FollowUpStep {

    private final RunLedger ledger;
    private final Kernel kernel;

    public FollowUpStep(RunLedger ledger, Kernel kernel) {
        this.ledger = ledger;
        this.kernel = kernel;
    }

    public Analysis apply(Analysis analysis, Exchange exchange) {
        RunRecord previous = exchange.getProperty(RunRecorder.LAST_REPORTED, RunRecord.class);
        if (previous == null) {
            return analysis.withFollowUp(FollowUpLayer.firstRun());
        }
        FollowUpLayer.PreviousRun run = new FollowUpLayer.PreviousRun(previous.runId(), previous.asOfWeek(),
                ledger.priorities(previous.runId()).stream().map(p -> new FollowUpLayer.PreviousPriority(p.rank(),
                        p.customerId(), p.rootCause(), p.owner(), p.gapAmount(), p.exposureIndex())).toList());
        FollowUp followUp = FollowUpLayer.evaluate(analysis.model().asOfDate(), run,
                new RunCustomers(kernel, analysis.input()));
        return analysis.withFollowUp(followUp);
    }
}
