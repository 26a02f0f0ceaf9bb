package org.rgo.layers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** round2/round4 near ties must still give exactly what SPEC's BigDecimal rounding gives. */
class RoundingTiesTest {

    private static void assertSpec(double x) {
        assertEquals(new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).doubleValue(), Rounding.round2(x), "round2 " + x);
        assertEquals(new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue(), Rounding.round4(x), "round4 " + x);
    }

    @Test
    void tiesAndNearTiesRoundAsBigDecimal() {
        for (double x : new double[] {2.675, 0.125, 0.375, -0.125, 1.005, 0.045, 10.005, 0.00005, 0.00015, 1234.565,
                -2.675, 99.995, 0.5, 1e-7}) {
            assertSpec(x);
            assertSpec(Math.nextUp(x));
            assertSpec(Math.nextDown(x));
        }
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            // means of whole cents over 2 to 8 weeks: the values that land on or next to ties
            int weeks = 2 + random.nextInt(7);
            double sum = 0.0;
            for (int w = 0; w < weeks; w++) {
                sum += random.nextInt(100_000) / 100.0;
            }
            double mean = sum / weeks;
            assertSpec(mean);
            assertSpec(-mean);
            assertSpec(mean - random.nextInt(100_000) / 100.0);
        }
    }
}
