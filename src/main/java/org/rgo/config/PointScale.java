package org.rgo.config;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One row of SPEC §4's points table: a signal earns the points of the highest threshold it
 * reaches. Thresholds are reached at or above, or at or below when {@code atOrBelow}.
 */
public record PointScale(double[] thresholds, int[] points, boolean atOrBelow) implements Serializable {

    /** Parses {@code "2:1,3:2,4:3"}. */
    public static PointScale parse(String pairs, boolean atOrBelow) {
        String[] items = pairs.split(",");
        double[] thresholds = new double[items.length];
        int[] points = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            String[] pair = items[i].trim().split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected threshold:points, got '" + items[i] + "'");
            }
            thresholds[i] = Double.parseDouble(pair[0].trim());
            points[i] = Integer.parseInt(pair[1].trim());
        }
        return new PointScale(thresholds, points, atOrBelow);
    }

    public int pointsFor(double value) {
        int best = 0;
        for (int i = 0; i < thresholds.length; i++) {
            boolean reached = atOrBelow ? value <= thresholds[i] : value >= thresholds[i];
            if (reached) {
                best = Math.max(best, points[i]);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return Arrays.toString(thresholds) + "->" + Arrays.toString(points);
    }
}
