package org.rgo.ingest;

/**
 * One (customer, week) cell of the sales table, packed in a long so that a million customers by
 * 52 weeks take 8 bytes a cell: the spend as decimal units and scale (exact: units / 10^scale is
 * the double {@code Double.parseDouble} gives for the text), the high-value flag, and the store.
 * A cell of 0 has no row. A spend with more significant digits than the units hold is kept in the
 * table's overflow list, and the cell holds its index there.
 */
public final class SalesCell {

    public static final long NO_ROW = 0L;
    /** Store indexes are stored plus one, in 22 bits, so that 0 stays "no row". */
    public static final int MAX_STORES = (1 << 22) - 1;

    private static final int UNITS_BITS = 36;
    private static final long UNITS_MASK = (1L << UNITS_BITS) - 1;
    private static final int SCALE_SHIFT = UNITS_BITS;
    private static final int OVERFLOW_SCALE = 15;
    private static final long HIGH_BIT = 1L << 40;
    private static final int STORE_SHIFT = 41;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14};

    private SalesCell() {}

    /** The spend part of a cell for a plain decimal text, or -1 when it needs the overflow list. */
    public static long decimal(CharSequence text) {
        int length = text.length();
        int point = -1;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == '.') {
                point = i;
            }
        }
        int end = length;
        if (point >= 0) {
            while (end > point + 1 && text.charAt(end - 1) == '0') {
                end--;
            }
        }
        long units = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.') {
                units = units * 10 + (c - '0');
                if (units > UNITS_MASK) {
                    return -1;
                }
            }
        }
        return decimal(units, point < 0 ? 0 : end - point - 1);
    }

    /** The spend part for units / 10^scale, or -1 when it needs the overflow list. */
    public static long decimal(long units, int scale) {
        while (scale > 0 && units % 10 == 0) {
            units /= 10;
            scale--;
        }
        return units > UNITS_MASK || scale >= OVERFLOW_SCALE ? -1 : (long) scale << SCALE_SHIFT | units;
    }

    /** The spend part of a cell whose value lies at {@code index} of the overflow list. */
    public static long overflow(int index) {
        return (long) OVERFLOW_SCALE << SCALE_SHIFT | index;
    }

    public static long of(long spendPart, boolean highValue, int store) {
        return (long) (store + 1) << STORE_SHIFT | (highValue ? HIGH_BIT : 0L) | spendPart;
    }

    public static boolean hasRow(long cell) {
        return cell != NO_ROW;
    }

    public static double spend(long cell, double[] overflow) {
        int scale = (int) (cell >>> SCALE_SHIFT) & 0xF;
        long units = cell & UNITS_MASK;
        return scale == OVERFLOW_SCALE ? overflow[(int) units] : units / POWERS_OF_TEN[scale];
    }

    public static boolean highValue(long cell) {
        return (cell & HIGH_BIT) != 0;
    }

    public static int store(long cell) {
        return (int) (cell >>> STORE_SHIFT) - 1;
    }

    /** The same cell at another store index (stores renumbered after reading). */
    public static long withStore(long cell, int store) {
        return cell & ((1L << STORE_SHIFT) - 1) | (long) (store + 1) << STORE_SHIFT;
    }
}
