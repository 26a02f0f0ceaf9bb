package org.rgo.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Field rules of SPEC §1. Each parser returns a sentinel on bad input so callers can report it. */
final class Fields {

    static final long NO_DATE = Long.MIN_VALUE;

    private Fields() {}

    /** A plain non-negative decimal (digits, at most one point); NaN when the text is not one. */
    static double money(String text) {
        int length = text.length();
        if (length == 0 || length > 30) {
            return Double.NaN;
        }
        boolean point = false;
        boolean digit = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return Double.NaN;
            }
        }
        return digit ? Double.parseDouble(text) : Double.NaN;
    }

    /** {@code yyyy-MM-dd}, any time part after it ignored; {@link #NO_DATE} when invalid. */
    static long epochDay(String text) {
        if (text.length() < 10 || (text.length() > 10 && !isTimeSeparator(text.charAt(10)))) {
            return NO_DATE;
        }
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return NO_DATE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return NO_DATE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NO_DATE;
        }
    }

    /** true/false, 1/0, yes/no in any case; null when it is none of them. */
    static Boolean bool(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> {
                return Boolean.TRUE;
            }
            case "false", "0", "no" -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    /** A non-negative whole number; -1 when the text is not one. */
    static long count(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isTimeSeparator(char c) {
        return c == 'T' || c == ' ';
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
