package org.rgo.ledger;

import org.rgo.config.Keys;

/** Chooses the run ledger for this process from the configuration. */
public final class RunLedgers {

    private RunLedgers() {}

    /**
     * The service (rgo.service.enabled=true) records in the durable ledger. The one-shot command
     * only does when rgo.ledger.one-shot-runs=true: by default its report depends on its inputs
     * alone, and it neither creates a data folder where it is started nor competes with a running
     * service for the H2 file.
     */
    public static RunLedger configured(Keys keys) {
        return durable(keys) ? JdbcRunLedger.open(LedgerSettings.from(keys)) : new InMemoryRunLedger();
    }

    /** Whether this process records in the durable ledger (else in one that lives as long as the process). */
    public static boolean durable(Keys keys) {
        return keys.bool("rgo.service.enabled") || LedgerSettings.from(keys).recordOneShotRuns();
    }
}
