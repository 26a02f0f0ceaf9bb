package org.rgo.layers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SPEC's round2/round4: the exact binary value of the double, rounded half-even, as
 * {@code new BigDecimal(x).setScale(n, HALF_EVEN)} does. A fast path handles values that are not
 * near a tie; the rest go through BigDecimal, so the result is always the BigDecimal one.
 */
public final class Rounding {

    private static final double FAST_LIMIT = 1e9;
    private static final double TIE_MARGIN = 1e-5;

    private Rounding() {}

    public static double round2(double x) {
        return round(x, 100.0, 2);
    }

    public static double round4(double x) {
        return round(x, 10_000.0, 4);
    }

    /** The same rounding as a BigDecimal, for JSON output with a fixed number of decimals. */
    public static BigDecimal decimal(double x, int scale) {
        return new BigDecimal(x).setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static double round(double x, double scaleFactor, int scale) {
        double scaled = x * scaleFactor;
        if (Math.abs(scaled) < FAST_LIMIT) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            // far from .5, the inexact product cannot change which way the exact value rounds
            if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
                double units = fraction < 0.5 ? floor : floor + 1;
                return units / scaleFactor;
            }
            // near .5 (means of whole cents often are): the product's rounding error, exact by
            // fma, says on which side of the tie the exact value lies; both subtractions are exact
            double error = Math.fma(x, scaleFactor, -scaled);
            double aboveHalf = fraction - 0.5;
            double units = aboveHalf > -error ? floor + 1
                    : aboveHalf < -error ? floor
                    : floor % 2 == 0 ? floor : floor + 1;
            return units / scaleFactor;
        }
        return decimal(x, scale).doubleValue();
    }
}
