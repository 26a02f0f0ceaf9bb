package org.rgo.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How numbers and untrusted text are written. */
class FormatsTest {

    @ParameterizedTest(name = "''{0}'' is neutralised")
    @ValueSource(strings = {"=1+2", "+1", "-5", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\",\"y\")", "="})
    void aCellThatASpreadsheetWouldTakeForAFormulaGetsALeadingApostrophe(String text) {
        assertEquals("'" + text, Formats.safeCsvText(text));
    }

    @ParameterizedTest(name = "''{0}'' is kept")
    @ValueSource(strings = {"", "C1", "1-2", "a=b", " =x", "'=x", "north"})
    void otherTextIsKept(String text) {
        assertEquals(text, Formats.safeCsvText(text));
    }

    @Test
    void numbersKeepAFixedScale() {
        assertEquals("95.00", Formats.two(95).toPlainString());
        assertEquals("2.67", Formats.two(2.675).toPlainString());
        assertEquals("-0.12", Formats.two(-0.125).toPlainString());
        assertEquals("1000000000.00", Formats.two(1e9).toPlainString());
        assertEquals("0.2145", Formats.four(0.21452).toPlainString());
        assertEquals("1.0000", Formats.four(1).toPlainString());
    }

    @Test
    void moneyForPeopleHasThousandsSeparatorsAndTwoDecimals() {
        assertEquals("1,234,567.50", Formats.money(1234567.5));
        assertEquals("0.00", Formats.money(0));
        assertEquals("2.67", Formats.money(2.675));
    }
}
