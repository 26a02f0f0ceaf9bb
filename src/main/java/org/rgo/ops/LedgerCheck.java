package org.rgo.ops;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

import java.util.Map;
import java.util.Optional;

/** DOWN when the run ledger cannot be read. */
final class LedgerCheck extends AbstractHealthCheck {

    private final RunLedger ledger;

    LedgerCheck(RunLedger ledger) {
        super(Operations.HEALTH_GROUP, "rgo-ledger");
        this.ledger = ledger;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            Optional<RunRecord> latest = ledger.recent(1).stream().findFirst();
            builder.up().message(latest.map(run -> "ledger readable; latest run " + run.runId() + " " + run.status())
                    .orElse("ledger readable; no runs yet"));
        } catch (RuntimeException e) {
            builder.down().message("cannot read the run ledger: " + e.getMessage()).error(e);
        }
    }
}
