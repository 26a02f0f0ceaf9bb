package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

import java.util.Arrays;

/** Test helpers: series built by hand, and a dataset run through every layer in route order. */
public final class Runs {

    private Runs() {}

    /** A series at store 0, week i at index i, never high value, not a loyalty member. */
    public static CustomerSeries series(double... spend) {
        int[] weeks = new int[spend.length];
        Arrays.setAll(weeks, i -> i);
        return new CustomerSeries(0, spend.clone(), new int[spend.length], weeks, spend.length,
                CustomerSeries.NEVER, false);
    }

    /** {@code n} weeks of the same spend, followed by {@code tail}. */
    public static double[] flatThen(int n, double level, double... tail) {
        double[] spend = new double[n + tail.length];
        Arrays.fill(spend, 0, n, level);
        System.arraycopy(tail, 0, spend, n, tail.length);
        return spend;
    }

    /** The analyze route's bean steps, in order. */
    public static Analysis analyse(Settings settings, Dataset data) {
        Analysis analysis = Analysis.of(settings, data);
        analysis = new RevenueLayer(settings).apply(analysis);
        analysis = new StructuralRiskLayer(settings).apply(analysis);
        analysis = new RootCauseLayer(settings).apply(analysis);
        analysis = new ExposureLayer(settings).apply(analysis);
        analysis = new PortfolioLayer(settings).apply(analysis);
        analysis = new TrendLayer(settings).apply(analysis);
        return new ExecutiveLayer(settings).apply(analysis);
    }

    /** The index of a customer in the sales table; fails when the id is not there. */
    public static int index(Analysis analysis, String customerId) {
        for (int c = 0; c < analysis.customerCount(); c++) {
            if (analysis.data().sales().customerId(c).equals(customerId)) {
                return c;
            }
        }
        throw new AssertionError("no customer " + customerId + " in the sales table");
    }

    /** The customers.csv row of an at-risk customer; fails when it is not at risk. */
    public static CustomerResult result(Analysis analysis, String customerId) {
        return analysis.portfolio().atRisk().stream().filter(r -> r.customerId().equals(customerId)).findFirst()
                .orElseThrow(() -> new AssertionError(customerId + " is not among the at-risk customers"));
    }
}
