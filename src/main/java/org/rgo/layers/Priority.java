package org.rgo.layers;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * SPEC §7's priority order of at-risk customers: REI descending, then gap descending, then
 * customer_id ascending. Ids that are whole numbers sort by value (2 before 10) and before any other
 * id; other ids sort as text. That is a total order, so a sort gives the same list whatever order
 * the customers came in.
 */
public final class Priority {

    public static final Comparator<String> CUSTOMER_ID_ORDER = Priority::compareIds;

    public static final Comparator<CustomerResult> ORDER = (a, b) -> compare(
            Cents.of(a.exposure().exposureIndex()), Cents.of(a.revenue().gapAmount()), a.customerId(),
            Cents.of(b.exposure().exposureIndex()), Cents.of(b.revenue().gapAmount()), b.customerId());

    private Priority() {}

    /** Negative when customer a comes first. */
    public static int compare(long reiA, long gapA, String idA, long reiB, long gapB, String idB) {
        int byRei = Long.compare(reiB, reiA);
        if (byRei != 0) {
            return byRei;
        }
        int byGap = Long.compare(gapB, gapA);
        return byGap != 0 ? byGap : compareIds(idA, idB);
    }

    static int compareIds(String a, String b) {
        boolean wholeA = isWholeNumber(a);
        boolean wholeB = isWholeNumber(b);
        if (wholeA != wholeB) {
            return wholeA ? -1 : 1;
        }
        if (wholeA) {
            int byNumber = compareWholeNumbers(a, b);
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    }

    /**
     * BigInteger's order without a BigInteger per comparison (ties on REI and gap are common, so
     * this runs millions of times at retail scale): ASCII digits compare by length past leading
     * zeros, then digit by digit; other Unicode digits still go through BigInteger.
     */
    private static int compareWholeNumbers(String a, String b) {
        if (!isAsciiDigits(a) || !isAsciiDigits(b)) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        int i = 0;
        while (i < a.length() - 1 && a.charAt(i) == '0') {
            i++;
        }
        int j = 0;
        while (j < b.length() - 1 && b.charAt(j) == '0') {
            j++;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        if (byLength != 0) {
            return byLength;
        }
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
        }
        return 0;
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeNumber(String text) {
        if (text.isEmpty() || text.length() > 30) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
