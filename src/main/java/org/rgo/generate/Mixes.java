package org.rgo.generate;

/**
 * The proportions of the generated data. They shape test data only; the pipeline's thresholds
 * live in application.properties and are not read here.
 */
final class Mixes {

    private Mixes() {}

    static final double HIGH_VALUE_SHARE = 0.10;
    static final double HIGH_VALUE_SPEND_FACTOR = 2.5;
    static final double LOYALTY_SHARE = 0.45;
    static final double LATE_JOINER_SHARE = 0.08;
    static final double STORE_CHANGE_SHARE = 0.05;
    static final double MISSING_WEEK_SHARE = 0.03;
    /** Churned customers whose rows stop (the others keep reporting zero spend). */
    static final double CHURN_VANISH_SHARE = 0.30;
    static final double VOLATILE_ZERO_WEEK_SHARE = 0.08;
    static final double STOCKOUT_STORE_WEEK_SHARE = 0.12;
    static final double STOCKOUT_SKU_SHARE = 0.20;
    /** Typical weekly spend in cents, and how far customers spread around it (log-uniform). */
    static final long BASE_SPEND_CENTS = 9_000;
    static final double BASE_SPEND_SPREAD = 1.0;
    static final long HIGH_SPEND_CENTS = 13_586;
    static final long LOW_SPEND_CENTS = 7_368;
}
