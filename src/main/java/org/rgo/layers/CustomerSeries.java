package org.rgo.layers;

import org.rgo.ingest.Dataset;
import org.rgo.ingest.SalesTable;

/**
 * One customer's weekly series (SPEC §2), oldest first: spend, the store of each week and the
 * week's index on the sales file's week axis. {@code length} may be shorter than the arrays: a
 * series cut at an earlier as-of week shares the arrays of the full one.
 */
public record CustomerSeries(int customer, double[] spend, int[] store, int[] week, int length,
                             int highValueSinceWeek, boolean loyal) {

    public static final int NEVER = Integer.MAX_VALUE;

    /**
     * The series of {@code customer} from its first week to the as-of week. With
     * {@code fillMissingWeeks} a week without a row is spend 0 at the previous row's store.
     */
    public static CustomerSeries of(Dataset data, int customer, boolean fillMissingWeeks) {
        SalesTable sales = data.sales();
        int weeks = sales.weekCount();
        int first = 0;
        while (first < weeks && !sales.hasRow(first, customer)) {
            first++;
        }
        int row = data.customers().row(sales.customerId(customer));
        boolean loyal = row >= 0 && data.customers().loyal().get(row);
        return of(sales, customer, fillMissingWeeks, first, loyal);
    }

    /** The same series, when the first week with a row and loyalty are already known ({@link SeriesSource}). */
    static CustomerSeries of(SalesTable sales, int customer, boolean fillMissingWeeks, int first, boolean loyal) {
        int weeks = sales.weekCount();
        int rows = 0;
        for (int w = first; w < weeks; w++) {
            if (sales.hasRow(w, customer)) {
                rows++;
            }
        }
        int length = fillMissingWeeks ? weeks - first : rows;
        double[] spend = new double[length];
        int[] store = new int[length];
        int[] week = new int[length];
        int highSince = NEVER;
        int i = 0;
        int lastStore = -1;
        for (int w = first; w < weeks; w++) {
            boolean present = sales.hasRow(w, customer);
            if (present) {
                lastStore = sales.store(w, customer);
                if (highSince == NEVER && sales.highValue(w, customer)) {
                    highSince = w;
                }
            } else if (!fillMissingWeeks) {
                continue;
            }
            spend[i] = present ? sales.spend(w, customer) : 0.0;
            store[i] = lastStore;
            week[i] = w;
            i++;
        }
        return new CustomerSeries(customer, spend, store, week, length, highSince, loyal);
    }

    /** This series as it was at as-of week {@code asOfWeek}: every week after it dropped. */
    public CustomerSeries upTo(int asOfWeek) {
        int cut = length;
        while (cut > 0 && week[cut - 1] > asOfWeek) {
            cut--;
        }
        return cut == length ? this : new CustomerSeries(customer, spend, store, week, cut, highValueSinceWeek, loyal);
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The week index of the last week in this series. */
    public int lastWeek() {
        return week[length - 1];
    }

    /** The store of the customer's last row (SPEC §10). */
    public int lastStore() {
        return store[length - 1];
    }

    /** Mean of spend[from, to), summed left to right (SPEC: no compensated summation). */
    public double mean(int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += spend[i];
        }
        return sum / (to - from);
    }

    /** Population standard deviation over mean of spend[from, to); 0 when the mean is 0. */
    public double coefficientOfVariation(int from, int to) {
        double mean = mean(from, to);
        if (mean == 0.0) {
            return 0.0;
        }
        double squares = 0.0;
        for (int i = from; i < to; i++) {
            double d = spend[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (to - from)) / mean;
    }
}
