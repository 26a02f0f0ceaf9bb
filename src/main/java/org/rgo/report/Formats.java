package org.rgo.report;

import org.rgo.layers.Rounding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How numbers and untrusted text are written in every output. */
public final class Formats {

    private Formats() {}

    /** Money and percents: exactly two decimals. */
    public static BigDecimal two(double value) {
        return Rounding.decimal(value, 2);
    }

    public static BigDecimal four(double value) {
        return Rounding.decimal(value, 4);
    }

    /** Money for people: thousands separators, two decimals. */
    public static String money(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(two(value));
    }

    /**
     * A text cell a spreadsheet will show as text: a leading =, +, -, @, tab or CR would make it a
     * formula, so such a cell gets a leading apostrophe (OWASP CSV injection advice).
     */
    public static String safeCsvText(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
