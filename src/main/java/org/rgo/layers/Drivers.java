package org.rgo.layers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What moved total REI between the prior as-of week and this one (issue 12): REI measured as the
 * trend measures it (without the recurrence term, SPEC §8), split by root cause, tier and store.
 * For a key K, its change is the REI of the customers at risk with K this week minus the REI of
 * the customers at risk with K in the prior week; a customer counts under the key it had in each
 * week. So each split sums to {@code delta} to the cent. Maps: largest change either way first.
 */
public record Drivers(LocalDate priorWeek, double priorRei, double currentRei, double delta,
                      Map<String, Double> byRootCause, Map<String, Double> byTier, Map<String, Double> byStore,
                      Group entered, Group left, Group continuing, List<Mover> movers) {

    /**
     * Customers at risk now but not in the prior week ({@code entered}), then but not now
     * ({@code left}), or in both ({@code continuing}), with their REI in each week (0 where not at risk).
     */
    public record Group(long customers, double reiBefore, double reiNow) {

        public double change() {
            return Rounding.round2(reiNow - reiBefore);
        }
    }

    /**
     * One customer whose REI moved. {@code rootCauseBefore}/{@code rootCauseNow} are null where it
     * was not at risk; {@code storeId} is the store of its last row this week.
     */
    public record Mover(String customerId, String storeId, double reiBefore, double reiNow, double change,
                        RootCause rootCauseBefore, RootCause rootCauseNow) {

        /** entered, left, up or down. */
        public String movement() {
            if (rootCauseBefore == null) {
                return "entered";
            }
            if (rootCauseNow == null) {
                return "left";
            }
            return change > 0 ? "up" : "down";
        }
    }
}
