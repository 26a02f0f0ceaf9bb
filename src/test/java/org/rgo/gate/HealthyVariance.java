package org.rgo.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How far the gate's figures move on healthy data: the measurement behind the default thresholds
 * (README "Data gate"). Not a test: run it by hand from the project root after test-compile,
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.rgo.gate.HealthyVariance [seeds]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). For the sample and
 * for generated sets of each size (seeds 1..n, every shape of weeks 3..52 and 1..20 stores), it
 * prints the extremes of each figure against the value its check compares it with.
 */
public final class HealthyVariance {

    private static final int[] CUSTOMERS = {20, 50, 100, 200, 500, 1000, 3000};
    private static final int[] WEEKS = {3, 5, 8, 12, 20, 52};
    private static final int[] STORES = {1, 2, 3, 5, 10, 20};

    private HealthyVariance() {}

    /** Extremes of the figures over a family of data sets. */
    private static final class Extremes {
        double rowsMin = Double.MAX_VALUE;
        double spendMin = Double.MAX_VALUE;
        double spendMax;
        double meanRowSpendMax;
        double storeToZeroMedianMax;
        double stockMin = Double.MAX_VALUE;
        double stockMax;
        double unknownMax;
        int sets;

        void add(DataProfile p) {
            sets++;
            List<DataProfile.Week> history = p.history();
            if (history.size() >= 2) {
                double rows = Gate.median(history.stream().mapToLong(DataProfile.Week::rows).toArray());
                double spend = Gate.median(history.stream().mapToLong(DataProfile.Week::spendCents).toArray());
                rowsMin = Math.min(rowsMin, p.asOf().rows() / rows);
                spendMin = Math.min(spendMin, p.asOf().spendCents() / spend);
                spendMax = Math.max(spendMax, p.asOf().spendCents() / spend);
                for (DataProfile.StoreWeeks store : p.salesStores()) {
                    double median = median(store);
                    if (store.rows().get(store.rows().size() - 1) == 0) {
                        storeToZeroMedianMax = Math.max(storeToZeroMedianMax, median);
                    }
                }
                for (DataProfile.StoreWeeks store : p.stockStores()) {
                    double median = median(store);
                    long asOf = store.rows().get(store.rows().size() - 1);
                    stockMin = Math.min(stockMin, asOf / median);
                    stockMax = Math.max(stockMax, asOf / median);
                }
            }
            meanRowSpendMax = Math.max(meanRowSpendMax, p.asOf().spendCents() / 100.0 / p.asOf().rows());
            unknownMax = Math.max(unknownMax, p.asOfCustomersUnknown() / (double) p.asOf().rows());
        }

        private static double median(DataProfile.StoreWeeks store) {
            return Gate.median(store.rows().subList(0, store.rows().size() - 1).stream().mapToLong(Long::longValue)
                    .toArray());
        }

        String line(String family) {
            return String.format(Locale.ROOT, "%-16s %5d sets  rows %.3f  spend %.3f..%.3f  mean row spend %7.2f"
                            + "  store->0 at median %.1f  stock %.2f..%.2f  unknown customers %.3f",
                    family, sets, rowsMin, spendMin, spendMax, meanRowSpendMax, storeToZeroMedianMax, stockMin,
                    stockMax, unknownMax);
        }
    }

    public static void main(String[] args) throws IOException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("rgo-healthy-variance");
        try {
            Extremes sample = new Extremes();
            sample.add(Checked.profile(Exports.sample(work.resolve("sample"))));
            System.out.println(sample.line("sample"));
            for (int customers : CUSTOMERS) {
                Extremes family = new Extremes();
                for (int weeks : WEEKS) {
                    for (int stores : STORES) {
                        for (long seed = 1; seed <= seeds; seed++) {
                            Path set = Exports.generated(work.resolve("set"), customers, weeks, stores, 4, seed,
                                    seed % 2 == 0);
                            family.add(Checked.profile(set));
                        }
                    }
                }
                System.out.println(family.line(customers + " customers"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (UncheckedIOException e) {
                // a temporary folder left behind is not worth failing the measurement
            }
        }
    }
}
