package org.rgo.layers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums of round2 values kept as whole cents, so that a total does not depend on the order in which
 * customers are added (or on how the work was split across cores).
 */
final class Cents {

    private Cents() {}

    static long of(double rounded2) {
        return Math.round(rounded2 * 100.0);
    }

    static double toAmount(long cents) {
        return cents / 100.0;
    }

    /** Sums per key, as amounts, largest first (ties by key). */
    static final class ByKey {
        private final Map<String, Long> sums = new HashMap<>();

        void add(String key, double rounded2) {
            sums.merge(key, of(rounded2), Long::sum);
        }

        Map<String, Double> largestFirst() {
            Map<String, Double> ordered = new LinkedHashMap<>();
            sums.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> ordered.put(e.getKey(), toAmount(e.getValue())));
            return ordered;
        }
    }
}
