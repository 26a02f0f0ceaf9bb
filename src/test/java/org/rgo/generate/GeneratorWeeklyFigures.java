package org.rgo.generate;

import java.util.Arrays;
import java.util.Locale;

/**
 * The data gate's history figures straight from the generator's rows, without writing files, so
 * that hundreds of seeds per shape take seconds: per customer count, over weeks 3..52 and 1..20
 * stores, the lowest as-of rows and the spend range against the median of up to 8 weeks before,
 * the highest mean spend per row, and the highest median of a store that had no row in the as-of
 * week. Not a test: run by hand after test-compile,
 * {@code java -cp target/classes:target/test-classes org.rgo.generate.GeneratorWeeklyFigures 200}.
 * org.rgo.gate.HealthyVariance measures the same through real files and the real profile.
 */
public final class GeneratorWeeklyFigures {

    private static final int WINDOW = 8;
    private static final int[] CUSTOMERS = {10, 20, 50, 100, 200, 500, 1000, 3000};
    private static final int[] WEEKS = {3, 4, 5, 6, 8, 12, 20, 52};
    private static final int[] STORES = {1, 2, 3, 5, 10, 20};

    private GeneratorWeeklyFigures() {}

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (int customers : CUSTOMERS) {
            double rowsMin = Double.MAX_VALUE;
            double spendMin = Double.MAX_VALUE;
            double spendMax = 0;
            double meanMax = 0;
            double storeToZero = 0;
            for (int weeks : WEEKS) {
                for (int stores : STORES) {
                    for (long seed = 1; seed <= seeds; seed++) {
                        StockModel stock = new StockModel(seed, 5);
                        long[] rows = new long[weeks];
                        long[] spend = new long[weeks];
                        long[][] storeRows = new long[stores][weeks];
                        for (int c = 0; c < customers; c++) {
                            CustomerProfile p = CustomerProfile.of(seed, c, weeks, stores);
                            for (int w = 0; w < weeks; w++) {
                                long cents = p.spendCents(seed, w, stock);
                                if (cents != CustomerProfile.NO_ROW) {
                                    rows[w]++;
                                    spend[w] += cents;
                                    storeRows[p.storeAt(w)][w]++;
                                }
                            }
                        }
                        int asOf = weeks - 1;
                        while (asOf >= 0 && rows[asOf] == 0) {
                            asOf--;
                        }
                        int from = Math.max(0, asOf - WINDOW);
                        if (asOf - from < 2) {
                            continue;
                        }
                        double medianRows = median(rows, from, asOf);
                        double medianSpend = median(spend, from, asOf);
                        rowsMin = Math.min(rowsMin, rows[asOf] / medianRows);
                        spendMin = Math.min(spendMin, spend[asOf] / medianSpend);
                        spendMax = Math.max(spendMax, spend[asOf] / medianSpend);
                        meanMax = Math.max(meanMax, spend[asOf] / 100.0 / rows[asOf]);
                        for (long[] store : storeRows) {
                            if (store[asOf] == 0) {
                                storeToZero = Math.max(storeToZero, median(store, from, asOf));
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%5d customers  rows >= %.3f  spend %.3f..%.3f  mean row spend <= %.2f"
                    + "  store->0 at median <= %.1f%n", customers, rowsMin, spendMin, spendMax, meanMax, storeToZero);
        }
    }

    private static double median(long[] values, int from, int to) {
        long[] sorted = Arrays.copyOfRange(values, from, to);
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
