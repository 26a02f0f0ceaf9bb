package org.rgo.generate;

/**
 * One generated customer, derived from (seed, customer) alone. {@link #spendCents} gives the row
 * of any week without looking at other weeks, so rows can be written in any order.
 */
record CustomerProfile(int customer, Shape shape, boolean highValue, boolean loyal, int age, int householdSize,
                       long baseCents, int firstWeek, int store, int otherStore, int storeChangeWeek,
                       int eventWeek, int eventLength, double depth, boolean vanishes) {

    static final long NO_ROW = -1;

    private static final long SHAPE = 1, HIGH = 2, LOYAL = 3, AGE = 4, HOUSEHOLD = 5, BASE = 6, LATE = 7,
            FIRST = 8, STORE = 9, OTHER_STORE = 10, CHANGE = 11, CHANGE_WEEK = 12, EVENT = 13, EVENT_LENGTH = 14,
            DEPTH = 15, VANISH = 16, MISSING = 17, NOISE = 18, ZERO = 19;

    static CustomerProfile of(long seed, int customer, int weeks, int stores) {
        Shape shape = Shape.at(Mix.unit(seed, customer, 0, SHAPE));
        boolean high = Mix.unit(seed, customer, 0, HIGH) < Mixes.HIGH_VALUE_SHARE;
        boolean loyal = Mix.unit(seed, customer, 0, LOYAL) < Mixes.LOYALTY_SHARE;
        double spread = Math.exp((Mix.unit(seed, customer, 0, BASE) - 0.5) * Mixes.BASE_SPEND_SPREAD);
        long base = Math.round(Mixes.BASE_SPEND_CENTS * spread * (high ? Mixes.HIGH_VALUE_SPEND_FACTOR : 1.0));
        int firstWeek = weeks > 1 && Mix.unit(seed, customer, 0, LATE) < Mixes.LATE_JOINER_SHARE
                ? 1 + Mix.below(seed, customer, 0, FIRST, weeks - 1) : 0;
        int store = Mix.below(seed, customer, 0, STORE, stores);
        int otherStore = stores > 1 ? (store + 1 + Mix.below(seed, customer, 0, OTHER_STORE, stores - 1)) % stores : store;
        int changeWeek = Mix.unit(seed, customer, 0, CHANGE) < Mixes.STORE_CHANGE_SHARE
                ? Mix.below(seed, customer, 0, CHANGE_WEEK, weeks) : Integer.MAX_VALUE;
        int eventWeek = Mix.below(seed, customer, 0, EVENT, weeks);
        int eventLength = 2 + Mix.below(seed, customer, 0, EVENT_LENGTH, 5);
        double depth = 0.3 + 0.6 * Mix.unit(seed, customer, 0, DEPTH);
        boolean vanishes = Mix.unit(seed, customer, 0, VANISH) < Mixes.CHURN_VANISH_SHARE;
        return new CustomerProfile(customer, shape, high, loyal, 18 + Mix.below(seed, customer, 0, AGE, 68),
                1 + Mix.below(seed, customer, 0, HOUSEHOLD, 6), base, firstWeek, store, otherStore, changeWeek,
                eventWeek, eventLength, depth, vanishes);
    }

    int storeAt(int week) {
        return week >= storeChangeWeek ? otherStore : store;
    }

    /** Spend of this customer in {@code week}, in cents, or {@link #NO_ROW} when the export has no row. */
    long spendCents(long seed, int week, StockModel stock) {
        if (week < firstWeek || Mix.unit(seed, customer, week, MISSING) < Mixes.MISSING_WEEK_SHARE) {
            return NO_ROW;
        }
        double noise = Mix.noise(seed, customer, week, NOISE);
        double factor = switch (shape) {
            case STABLE -> 1.0 + 0.12 * noise;
            case DECLINING -> week < eventWeek ? 1.0 + 0.08 * noise
                    : Math.max(0.0, 1.0 - depth * Math.min(1.0, (week - eventWeek + 1) / (double) eventLength))
                            + 0.05 * noise;
            case CHURNING -> {
                if (week > eventWeek && vanishes) {
                    yield Double.NaN;
                }
                yield week < eventWeek ? 1.0 + 0.1 * noise : week == eventWeek ? 0.35 : 0.0;
            }
            case RECOVERING -> week >= eventWeek && week < eventWeek + eventLength
                    ? 1.0 - depth + 0.05 * noise : 1.0 + 0.1 * noise;
            case VOLATILE -> Mix.unit(seed, customer, week, ZERO) < Mixes.VOLATILE_ZERO_WEEK_SHARE ? 0.0
                    : 1.0 + 0.6 * noise;
            case STOCKOUT_HIT -> stock.isStockout(storeAt(week), week) ? 1.0 - depth + 0.05 * noise
                    : 1.0 + 0.1 * noise;
        };
        if (Double.isNaN(factor)) {
            return NO_ROW;
        }
        return Math.max(0L, Math.round(baseCents * factor));
    }
}
