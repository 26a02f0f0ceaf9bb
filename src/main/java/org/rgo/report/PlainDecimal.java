package org.rgo.report;

import org.rgo.layers.Rounding;

/**
 * {@code Rounding.decimal(x, scale).toPlainString()} without a BigDecimal per cell: customers.csv
 * has a dozen numbers on each of up to a million rows. Values not near a rounding tie are
 * formatted from the scaled double; the rest go through BigDecimal, so the text is always the
 * BigDecimal one.
 */
final class PlainDecimal {

    private static final double FAST_LIMIT = 1e9;
    private static final double TIE_MARGIN = 1e-5;
    private static final double[] SCALE = {1.0, 10.0, 100.0, 1_000.0, 10_000.0};

    private PlainDecimal() {}

    static String two(double x) {
        return of(x, 2);
    }

    static String four(double x) {
        return of(x, 4);
    }

    static String of(double x, int scale) {
        double scaled = x * SCALE[scale];
        if (Math.abs(scaled) < FAST_LIMIT) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            // far from .5 the inexact product cannot change which way the exact value rounds
            if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
                long units = (long) (fraction < 0.5 ? floor : floor + 1);
                return format(units, scale);
            }
        }
        return Rounding.decimal(x, scale).toPlainString();
    }

    private static String format(long units, int scale) {
        StringBuilder text = new StringBuilder(24);
        if (units < 0) {
            text.append('-');
            units = -units;
        }
        String digits = Long.toString(units);
        int whole = digits.length() - scale;
        if (whole <= 0) {
            text.append('0').append('.');
            text.append("0".repeat(-whole)).append(digits);
        } else {
            text.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        }
        return text.toString();
    }
}
