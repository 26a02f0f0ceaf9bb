package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** SPEC preamble: round2/round4 round the exact binary value of the double, half-even on exact ties. */
class RoundingTest {

    @ParameterizedTest(name = "round2({0}) = {1}")
    @CsvSource({
            // the double 2.675 is 2.67499999999999982236431605997495353221893310546875: down
            "2.675, 2.67",
            "-2.675, -2.67",
            // 1.005 is 1.00499999999999989341858963598497211933135986328125: down
            "1.005, 1.00",
            // 0.125 and 0.375 are exact binary ties: to the even cent
            "0.125, 0.12",
            "0.375, 0.38",
            "-0.125, -0.12",
            "-0.375, -0.38",
            "0.625, 0.62",
            "0.875, 0.88",
            // an exact tie far beyond the fast path's range
            "123456789.125, 123456789.12",
            "-123456789.125, -123456789.12",
            // 1e15 + 0.125 is exactly representable (ulp 0.125) and a tie
            "1000000000000000.125, 1000000000000000.12",
            "1000000000000000.375, 1000000000000000.38",
            "0.004, 0.0",
            "-0.004, 0.0",
            "0.005000001, 0.01",
            "99.999, 100.0",
            "0, 0"
    })
    void round2RoundsTheExactBinaryValueHalfEven(double x, double expected) {
        assertEquals(expected, Rounding.round2(x));
    }

    @ParameterizedTest(name = "round4({0}) = {1}")
    @CsvSource({
            // 0.03125 = 625/20000 is an exact tie at 4 decimals: 312 is even
            "0.03125, 0.0312",
            // 0.09375: 937 is odd, so up
            "0.09375, 0.0938",
            "-0.03125, -0.0312",
            // the double 0.12345 is 0.12345000000000000417...: up
            "0.12345, 0.1235",
            "0.33333333333333333, 0.3333",
            "0.66666666666666666, 0.6667",
            "123456789.03125, 123456789.0312",
            "2.675, 2.675"
    })
    void round4RoundsTheExactBinaryValueHalfEven(double x, double expected) {
        assertEquals(expected, Rounding.round4(x));
    }

    @Test
    void decimalKeepsTheScaleForOutput() {
        assertEquals("2.67", Rounding.decimal(2.675, 2).toPlainString());
        assertEquals("95.00", Rounding.decimal(95.0, 2).toPlainString());
        assertEquals("0.0312", Rounding.decimal(0.03125, 4).toPlainString());
    }

    /**
     * The fast path must agree with BigDecimal everywhere: cents and ten-thousandths with offsets
     * close to the tie, plain random doubles, negatives, and magnitudes on both sides of the
     * fast path's 1e9 limit.
     */
    @Test
    void agreesWithBigDecimalOnManyRandomDoubles() {
        Random random = new Random(20250106L);
        for (int i = 0; i < 50_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(16) - 3);
            double x = switch (i % 4) {
                case 0 -> random.nextDouble() * magnitude;
                // k + 0.5 cents, nudged by a few ulps: the hardest cases for a fast path
                case 1 -> Math.nextAfter((Math.floor(random.nextDouble() * magnitude * 100) + 0.5) / 100,
                        random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                case 2 -> (Math.floor(random.nextDouble() * magnitude * 10_000) + 0.5) / 10_000;
                default -> (random.nextLong() % 100_000_000_000L) / 1000.0;
            };
            if (random.nextBoolean()) {
                x = -x;
            }
            check(x, 2);
            check(x, 4);
        }
    }

    private static void check(double x, int scale) {
        double expected = new BigDecimal(x).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
        double actual = scale == 2 ? Rounding.round2(x) : Rounding.round4(x);
        // == rather than assertEquals: a zero's sign is not part of the rounded value
        if (expected != actual) {
            fail("round" + scale + "(" + new BigDecimal(x) + ") = " + actual + ", BigDecimal gives " + expected);
        }
    }
}
