package org.rgo.report;

import org.junit.jupiter.api.Test;
import org.rgo.layers.Rounding;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainDecimalTest {

    private static void assertSameText(double x) {
        assertEquals(Rounding.decimal(x, 2).toPlainString(), PlainDecimal.two(x), "two " + x);
        assertEquals(Rounding.decimal(x, 4).toPlainString(), PlainDecimal.four(x), "four " + x);
    }

    @Test
    void writesWhatBigDecimalWrites() {
        for (double x : new double[] {0.0, -0.0, 0.005, 0.015, 2.675, -2.675, 1e-9, -1e-9, 0.125, 12345678.905,
                99999999.995, 1e12, -1e12, 123.45, -0.004, -0.006, 100.0, 0.00005, 0.00015}) {
            assertSameText(x);
        }
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextInt(2_000_000) / 100.0 - 10_000;
                case 1 -> random.nextInt(2_000_000) / 10_000.0;
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(14) - 4);
                default -> Rounding.round2(random.nextDouble() * 5000) * 1.25;
            };
            assertSameText(x);
        }
    }
}
