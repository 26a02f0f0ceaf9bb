package org.rgo.layers;

/** churn_risk_bucket of SPEC §6. */
public enum ChurnRiskBucket {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return name().toLowerCase();
    }
}
