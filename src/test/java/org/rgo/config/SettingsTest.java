package org.rgo.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped application.properties carries SPEC's defaults; overrides and bad values are handled. */
class SettingsTest {

    @Test
    void shippedDefaultsAreTheSpecsValues() {
        Settings s = Settings.defaults();
        assertEquals(new Settings.Windows(4, 6, 8), s.windows());
        assertTrue(s.fillMissingWeeks());
        assertFalse(s.strategicWhenLoyal());

        Settings.Structural st = s.structural();
        assertEquals(6, st.severeScore());
        assertEquals(4, st.highScore());
        assertEquals(2, st.moderateScore());

        Settings.RootCause rc = s.rootCause();
        assertEquals(Settings.StockoutRule.ANY_SKU, rc.stockoutRule());
        assertEquals(2, rc.churnZeroWeeks());
        assertEquals(0.40, rc.stockoutShare());
        assertFalse(rc.mixed());

        Settings.Exposure e = s.exposure();
        assertEquals(List.of(3, 2, 1), List.of(e.criticalZeroWeeks(), e.highZeroWeeks(), e.mediumZeroWeeks()));
        assertEquals(List.of(1.05, 1.15, 1.30, 1.50), List.of(e.churnLow(), e.churnMedium(), e.churnHigh(), e.churnCritical()));
        assertEquals(List.of(1.00, 1.10, 1.25, 1.40),
                List.of(e.structuralNone(), e.structuralModerate(), e.structuralHigh(), e.structuralSevere()));
        assertEquals(List.of(1.00, 1.25, 1.50), List.of(e.tierStandard(), e.tierHigh(), e.tierStrategic()));
        assertArrayEquals(new double[]{1.00, 1.10, 1.20, 1.30}, e.recurrenceMultipliers());
        assertFalse(e.recurrence());
        assertEquals(3, e.recurrenceWeeks());
        assertEquals(2.5, e.cap());

        assertEquals(20, s.portfolio().topN());
        assertEquals(List.of("region", "product_category", "loyalty_member"), s.portfolio().segmentColumns());
        assertEquals(new Settings.Trend(-5, 5, 12), s.trend());
        assertEquals(new Settings.Executive(50_000, 15_000, 15_000, 150, 50_000, 200), s.executive());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} points")
    @CsvSource({
            "decline, 1, 0", "decline, 2, 1", "decline, 3, 2", "decline, 4, 3", "decline, 9, 3",
            "zero, 0, 0", "zero, 1, 2", "zero, 2, 3", "zero, 3, 4", "zero, 5, 4",
            "velocity, -19.99, 0", "velocity, -20, 1", "velocity, -34.99, 1", "velocity, -35, 2",
            "velocity, -49.99, 2", "velocity, -50, 3", "velocity, 20, 0",
            "volatility, 0.2999, 0", "volatility, 0.30, 1", "volatility, 0.4499, 1", "volatility, 0.45, 2",
            "volatility, 0.5999, 2", "volatility, 0.60, 3", "volatility, 2, 3"
    })
    void shippedPointScalesMatchTheSpecTable(String signal, double value, int points) {
        Settings.Structural st = Settings.defaults().structural();
        PointScale scale = switch (signal) {
            case "decline" -> st.declineWeeks();
            case "zero" -> st.zeroWeeks();
            case "velocity" -> st.velocity();
            default -> st.volatility();
        };
        assertEquals(points, scale.pointsFor(value));
    }

    @Test
    void overridesReplaceSingleKeys() {
        Settings s = TestSettings.with("rgo.stockout.rule", "share", "rgo.stockout.min-share", "0.5",
                "rgo.window.current-weeks", "3", "rgo.portfolio.segments", " region , ,store_type");
        assertEquals(Settings.StockoutRule.SHARE, s.rootCause().stockoutRule());
        assertEquals(0.5, s.rootCause().stockoutMinShare());
        assertEquals(3, s.windows().current());
        assertEquals(6, s.windows().baseline());
        assertEquals(List.of("region", "store_type"), s.portfolio().segmentColumns());
        assertEquals(Settings.StockoutRule.ANY_SKU, TestSettings.with("rgo.stockout.rule", "ANY-SKU").rootCause().stockoutRule());
    }

    @Test
    void aMissingKeyIsAnErrorNamingIt() {
        Properties d = Settings.applicationProperties();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Settings.from(new Keys(k -> k.equals("rgo.rei.cap") ? null : d.getProperty(k))));
        assertEquals("missing configuration key rgo.rei.cap", e.getMessage());
        IllegalStateException blank = assertThrows(IllegalStateException.class,
                () -> TestSettings.with("rgo.window.current-weeks", "  "));
        assertTrue(blank.getMessage().contains("rgo.window.current-weeks"), blank.getMessage());
    }

    @Test
    void badValuesAreErrorsNamingTheKey() {
        IllegalStateException whole = assertThrows(IllegalStateException.class,
                () -> TestSettings.with("rgo.portfolio.top-n", "twenty"));
        assertTrue(whole.getMessage().contains("rgo.portfolio.top-n"), whole.getMessage());
        IllegalStateException number = assertThrows(IllegalStateException.class,
                () -> TestSettings.with("rgo.rei.cap", "2,5"));
        assertTrue(number.getMessage().contains("rgo.rei.cap"), number.getMessage());
        IllegalStateException bool = assertThrows(IllegalStateException.class,
                () -> TestSettings.with("rgo.root-cause.mixed", "yes"));
        assertTrue(bool.getMessage().contains("rgo.root-cause.mixed"), bool.getMessage());
    }

    @Test
    void pointScaleParsesPairsAndRejectsOtherText() {
        PointScale scale = PointScale.parse(" 2:1 , 3:2,4:3", false);
        assertArrayEquals(new double[]{2, 3, 4}, scale.thresholds());
        assertArrayEquals(new int[]{1, 2, 3}, scale.points());
        assertThrows(IllegalArgumentException.class, () -> PointScale.parse("2-1", false));
    }

    @Test
    void aSignalTakesTheHighestRowItReachesWhateverTheOrderOfThePairs() {
        PointScale scale = PointScale.parse("4:3,2:1,3:2", false);
        assertEquals(3, scale.pointsFor(4));
        assertEquals(1, scale.pointsFor(2.5));
    }
}
