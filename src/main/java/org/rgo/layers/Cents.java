package org.rgo.layers;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums of round2 values kept as whole cents, so that a total does not depend on the order in which
 * customers are added, or on how the work was split into chunks, threads or machines.
 */
final class Cents {

    private Cents() {}

    static long of(double rounded2) {
        return Math.round(rounded2 * 100.0);
    }

    static double toAmount(long cents) {
        return cents / 100.0;
    }

    /** {@code part} as a percentage of {@code whole}, round2; null when the whole is 0. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : Rounding.round2(toAmount(part) / toAmount(whole) * 100.0);
    }

    /** Sums per key; merging two gives the same sums in any order. */
    static final class ByKey implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, long[]> sums = new HashMap<>();

        void add(String key, long cents) {
            sums.computeIfAbsent(key, k -> new long[1])[0] += cents;
        }

        void merge(ByKey other) {
            other.sums.forEach((key, sum) -> add(key, sum[0]));
        }

        /** The sums as amounts, largest first (ties by key). */
        Map<String, Double> largestFirst() {
            return ordered(Comparator.comparingLong(sum -> -sum));
        }

        /** Signed sums (changes) as amounts, the largest in either direction first (ties by key). */
        Map<String, Double> largestChangeFirst() {
            return ordered(Comparator.comparingLong(sum -> -Math.abs(sum)));
        }

        private Map<String, Double> ordered(Comparator<Long> bySum) {
            Map<String, Double> ordered = new LinkedHashMap<>();
            sums.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, long[]>, Long>comparing(e -> e.getValue()[0], bySum)
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> ordered.put(e.getKey(), toAmount(e.getValue()[0])));
            return ordered;
        }
    }
}
