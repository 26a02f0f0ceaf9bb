package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.StockTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test helpers: series built by hand, chunks of them, and a dataset run through every layer in route order. */
public final class Runs {

    /** Small, so that every multi-customer test also merges several chunks' totals. */
    private static final int CHUNK = 3;
    private static final LocalDate WEEK0 = LocalDate.of(2025, 1, 6);

    private Runs() {}

    /** A series at store 0, week i at index i, never high value, not a loyalty member. */
    public static CustomerSeries series(double... spend) {
        int[] weeks = new int[spend.length];
        Arrays.setAll(weeks, i -> i);
        return new CustomerSeries(spend.clone(), new int[spend.length], weeks, 0, spend.length,
                CustomerSeries.NEVER, false);
    }

    /** {@code n} weeks of the same spend, followed by {@code tail}. */
    public static double[] flatThen(int n, double level, double... tail) {
        double[] spend = new double[n + tail.length];
        Arrays.fill(spend, 0, n, level);
        System.arraycopy(tail, 0, spend, n, tail.length);
        return spend;
    }

    /**
     * Customers with these weekly spends at one store, no stockouts, every series ending on the
     * as-of week, through the four per-customer layers at every cut.
     */
    public static Chunk evaluated(Settings settings, double[]... spends) {
        int weeks = Arrays.stream(spends).mapToInt(s -> s.length).max().orElse(1);
        LocalDate[] axis = new LocalDate[weeks];
        Arrays.setAll(axis, w -> WEEK0.plusWeeks(w));
        String[] stores = {"S1"};
        Model model = new Model(settings, axis, stores,
                StockoutCalendar.of(new StockTable(Map.of(), 0), axis, stores, settings.rootCause()), List.of());
        Chunk.Builder builder = new Chunk.Builder(model, model.cuts(), spends.length);
        for (int c = 0; c < spends.length; c++) {
            builder.beginCustomer(c, "c" + c, false);
            int first = weeks - spends[c].length;
            for (int i = 0; i < spends[c].length; i++) {
                builder.row(first + i, spends[c][i], 0, false);
            }
        }
        return kernel(settings).evaluate(builder.build());
    }

    public static Kernel kernel(Settings settings) {
        return new Kernel(new RevenueLayer(settings), new StructuralRiskLayer(settings), new RootCauseLayer(settings),
                new ExposureLayer(settings));
    }

    /** The analyze route's steps, in order, over chunks of {@value #CHUNK} customers. */
    public static Analysis analyse(Settings settings, Dataset data) {
        AnalysisInput input = AnalysisInput.of(settings, data);
        Kernel kernel = kernel(settings);
        Totals totals = Totals.empty(input.model());
        input.ranges(CHUNK).forEachRemaining(range -> {
            Chunk chunk = kernel.evaluate(new SeriesLayer().gather(range));
            new PortfolioLayer().accumulate(chunk);
            new TrendLayer().accumulate(chunk);
            new DriversLayer().accumulate(chunk);
            new PortfolioRevenueLayer().accumulate(chunk);
            new StoreWhatIfLayer(new RootCauseLayer(settings)).accumulate(chunk);
            new PortfolioLayer().rank(chunk);
            new RestockLayer().accumulate(chunk);
            totals.merge(chunk.totals());
        });
        return new ExecutiveLayer(settings).apply(input, totals);
    }

    /** Every at-risk customer's results, in priority order: the rows of customers.csv. */
    public static List<CustomerResult> atRisk(Analysis analysis) {
        RankedCustomers rows = new RankedCustomers(kernel(analysis.settings()), analysis, CHUNK);
        List<CustomerResult> all = new ArrayList<>();
        for (int b = 0; b < rows.blockCount(); b++) {
            all.addAll(rows.block(b));
        }
        return all;
    }

    /** The index of a customer in the sales table; fails when the id is not there. */
    public static int index(Analysis analysis, String customerId) {
        for (int c = 0; c < analysis.data().sales().customerCount(); c++) {
            if (analysis.data().customerId(c).equals(customerId)) {
                return c;
            }
        }
        throw new AssertionError("no customer " + customerId + " in the sales table");
    }

    /** A customer's series as the run builds it (SPEC §2). */
    public static CustomerSeries series(Analysis analysis, String customerId) {
        return SeriesLayer.gather(analysis.model(), analysis.data(), new int[] {index(analysis, customerId)}, 0, 1, 1)
                .series(0, 0);
    }

    /** The customers.csv row of an at-risk customer; fails when it is not at risk. */
    public static CustomerResult result(Analysis analysis, String customerId) {
        return atRisk(analysis).stream().filter(r -> r.customerId().equals(customerId)).findFirst()
                .orElseThrow(() -> new AssertionError(customerId + " is not among the at-risk customers"));
    }
}
