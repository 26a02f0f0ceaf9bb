package org.rgo.layers;

/**
 * One customer's weekly series (SPEC §2), oldest first: elements [from, to) of primitive arrays
 * that a whole chunk of customers shares — spend, the store of each week, and the week's index on
 * the sales file's week axis. A series cut at an earlier as-of week is the same arrays with a
 * smaller {@code to}; nothing is copied. Indexes given to the methods count from the series' start.
 */
public record CustomerSeries(double[] spend, int[] store, int[] week, int from, int to, int highValueSinceWeek,
                             boolean loyal) {

    public static final int NEVER = Integer.MAX_VALUE;

    public int length() {
        return to - from;
    }

    public boolean isEmpty() {
        return to == from;
    }

    public double spend(int i) {
        return spend[from + i];
    }

    public int store(int i) {
        return store[from + i];
    }

    public int week(int i) {
        return week[from + i];
    }

    /** The week index of the last week in this series. */
    public int lastWeek() {
        return week[to - 1];
    }

    /** The store of the customer's last row (SPEC §10); a filled week carries the previous row's store. */
    public int lastStore() {
        return store[to - 1];
    }

    /** High value (SPEC §3) when any row up to the series' last week has is_high_value_customer true. */
    public boolean highValue() {
        return highValueSinceWeek <= lastWeek();
    }

    /** This series as it was at as-of week {@code asOfWeek}: every week after it dropped. */
    public CustomerSeries upTo(int asOfWeek) {
        int cut = to;
        while (cut > from && week[cut - 1] > asOfWeek) {
            cut--;
        }
        return cut == to ? this : new CustomerSeries(spend, store, week, from, cut, highValueSinceWeek, loyal);
    }

    /** Mean of the series' elements [a, b), summed left to right (SPEC: no compensated summation). */
    public double mean(int a, int b) {
        double sum = 0.0;
        for (int i = from + a; i < from + b; i++) {
            sum += spend[i];
        }
        return sum / (b - a);
    }

    /** Population standard deviation over mean of elements [a, b); 0 when the mean is 0. */
    public double coefficientOfVariation(int a, int b) {
        double mean = mean(a, b);
        if (mean == 0.0) {
            return 0.0;
        }
        double squares = 0.0;
        for (int i = from + a; i < from + b; i++) {
            double d = spend[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (b - a)) / mean;
    }
}
