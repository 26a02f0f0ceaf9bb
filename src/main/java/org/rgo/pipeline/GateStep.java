package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.gate.DataProfile;
import org.rgo.gate.Gate;
import org.rgo.gate.GateReason;
import org.rgo.gate.GateResult;
import org.rgo.gate.LastRun;
import org.rgo.gate.ProfileText;
import org.rgo.gate.Profiler;
import org.rgo.layers.Analysis;
import org.rgo.ledger.RunGate;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * The analyze route's data gate step: measures the run's inputs once, checks them against their
 * own history and against the last successful run in the ledger, and hands the analysis on with
 * the verdict; the {@value #STATUS} and {@value #REASONS} headers carry it to the routes.
 */
public final class GateStep {

    /** Header: PASSED, HELD or OFF. */
    public static final String STATUS = "rgoGateStatus";
    /** Header: the reasons' messages, a list (empty unless HELD). */
    public static final String REASONS = "rgoGateReasons";
    private static final Logger LOG = LoggerFactory.getLogger(GateStep.class);

    private final Gate gate;
    private final RunLedger ledger;
    private final boolean comparesWithLedger;

    /**
     * {@code comparesWithLedger}: whether the ledger is the durable one. A process-local ledger (the
     * one-shot command without rgo.ledger.one-shot-runs) holds whatever else ran in the process,
     * which is not this data set's previous version.
     */
    public GateStep(Gate gate, RunLedger ledger, boolean comparesWithLedger) {
        this.gate = gate;
        this.ledger = ledger;
        this.comparesWithLedger = comparesWithLedger;
    }

    public Analysis check(Analysis analysis, Exchange exchange) {
        DataProfile profile = Profiler.of(analysis.data(), gate.settings().historyWeeks());
        GateResult result = gate.check(profile, comparesWithLedger ? lastRun() : Optional.empty());
        exchange.getMessage().setHeader(STATUS, result.status().name());
        exchange.getMessage().setHeader(REASONS, result.reasons().stream().map(GateReason::message).toList());
        return analysis.withGate(result);
    }

    private Optional<LastRun> lastRun() {
        return ledger.latestSucceeded().map(run -> new LastRun(run.runId(), run.asOfWeek(), profile(run.runId()),
                run.inputs().stream().filter(input -> input.kind().equals(Gate.SALES)).map(RunRecord.InputFile::sha256)
                        .filter(Objects::nonNull).findFirst().orElse(null)));
    }

    /** The kept profile of a run; a run from before the gate, or an unreadable profile, has none. */
    private Optional<DataProfile> profile(String runId) {
        Optional<String> text = ledger.gate(runId).map(RunGate::profile).filter(Objects::nonNull);
        try {
            return text.map(ProfileText::read);
        } catch (RuntimeException e) {
            LOG.warn("The data profile of run {} in the ledger cannot be read ({}); the checks against it are skipped",
                    runId, e.getMessage());
            return Optional.empty();
        }
    }
}
