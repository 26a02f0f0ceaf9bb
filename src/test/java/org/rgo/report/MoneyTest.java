package org.rgo.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money for people in the configured currency (rgo.report.currency). */
class MoneyTest {

    @Test
    void dollarsEurosAndPoundsWithTheirSymbolAndUsSeparators() {
        assertEquals("$10,754.95", Money.of("USD").format(10754.95));
        assertEquals("€10,754.95", Money.of("EUR").format(10754.95));
        assertEquals("£10,754.95", Money.of("gbp").format(10754.95));
        assertEquals("$0.00", Money.USD.format(0));
        // SPEC round2: the double 2.675 is 2.67499999…
        assertEquals("$2.67", Money.USD.format(2.675));
    }

    @Test
    void aCurrencyWithoutASymbolOfItsOwnIsWrittenAsItsCodeAndASpace() {
        assertEquals("CHF 1,234.50", Money.of("CHF").format(1234.5));
        // two decimals whatever the currency: SPEC's amounts are to the cent
        assertEquals("¥1,234.50", Money.of("JPY").format(1234.5));
    }

    @Test
    void negativeAndSignedAmounts() {
        assertEquals("-$5.00", Money.USD.format(-5));
        assertEquals("+$5.00", Money.USD.signed(5));
        assertEquals("-€1,000.10", Money.of("EUR").signed(-1000.1));
        assertEquals("$0.00", Money.USD.signed(-0.004));
        assertEquals("$10,755", Money.USD.whole(10754.95));
    }

    @Test
    void anUnknownCodeIsAConfigurationErrorNamingTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Money.of("DOLLARS"));
        assertTrue(e.getMessage().contains("rgo.report.currency"), e.getMessage());
    }
}
