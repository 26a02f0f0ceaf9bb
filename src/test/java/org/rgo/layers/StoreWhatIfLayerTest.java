package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/**
 * What fixing stockouts is worth (issue 12): per store, the REI that leaves the operational causes
 * when that store's stockout weeks are taken out of the calendar, checked by hand and against a
 * fresh run on a stock file without that store's stockouts.
 */
class StoreWhatIfLayerTest {

    @TempDir
    Path dir;

    /**
     * Ten weeks, baseline 100 for everyone (SPEC §3-6 by hand):
     * <ul>
     *   <li>P (S1): 100 ×8, 40, 40; stockouts at S1 in weeks 8 and 9: both gap weeks overlap,
     *       operational. Gap 30, velocity -30 (1), volatility 0.306 (1): moderate, REI 30 × 1.05 ×
     *       1.10 = 34.65. Without S1's stockouts no overlap: it leaves.</li>
     *   <li>Q: 100 ×8 and 40 at S2, 40 at S3; stockouts at S2 in week 8 and S3 in week 9: REI 34.65,
     *       operational. Without either store one of two gap weeks still overlaps (0.5 >= 0.40): it stays.</li>
     *   <li>R (S2): 100 ×7, 40, 40, 40; only week 8 is a stockout: 1 of 3 gap weeks, demand softness
     *       (not operational, so in no store's figure).</li>
     *   <li>T (S4): 100 ×8, 0, 0; stockouts at S4 in weeks 8 and 9: operational. Gap 50, churn high
     *       (1.30), severe (1.40): REI 91.00. Without S4's stockouts its two zero weeks make it
     *       behavioral churn: it leaves.</li>
     * </ul>
     * Operational REI 34.65 + 34.65 + 91.00 = 160.30. S4: 91.00 (56.77 %), S1: 34.65 (21.62 %).
     */
    private ExportFiles handMade(Path folder) {
        ExportFiles files = new ExportFiles(folder)
                .series("P", "S1", flatThen(8, 100, 40, 40)).stockout("S1", 8).stockout("S1", 9)
                .series("R", "S2", flatThen(7, 100, 40, 40, 40))
                .series("T", "S4", flatThen(8, 100, 0, 0)).stockout("S4", 8).stockout("S4", 9)
                .stockout("S2", 8).stockout("S3", 9);
        for (int w = 0; w < 10; w++) {
            files.sale("Q", w, w < 8 ? 100 : 40, w < 9 ? "S2" : "S3");
        }
        return files;
    }

    @Test
    void theReiThatLeavesTheStockoutCausesPerStore() {
        Settings settings = TestSettings.defaults();
        Analysis a = Runs.analyse(settings, handMade(dir).dataset(settings));
        StoreWhatIf w = a.insights().whatIf();

        assertEquals(160.3, w.operationalRei());
        assertEquals(a.portfolio().totalRei(), w.totalRei());
        assertEquals(List.of("S4", "S1", "S2", "S3"), w.stores().stream().map(StoreWhatIf.StoreFix::storeId).toList());
        StoreWhatIf.StoreFix s4 = w.stores().get(0);
        assertEquals(91.0, s4.reiRemoved());
        assertEquals(1, s4.customers());
        assertEquals(56.77, s4.percentOfOperationalRei());
        assertEquals(Rounding.round2(91.0 / a.portfolio().totalRei() * 100.0), s4.percentOfTotalRei());
        assertEquals(new StoreWhatIf.StoreFix("S1", 34.65, 1, 21.62, Rounding.round2(34.65 / a.portfolio().totalRei()
                * 100.0)), w.stores().get(1));
        assertEquals(0.0, w.stores().get(2).reiRemoved());
        assertEquals(0, w.stores().get(3).customers());
        assertEquals(RootCause.DEMAND_SOFTNESS, Runs.result(a, "R").attribution().rootCause());
    }

    @Test
    void theHandMadeFiguresMatchRunsOnStockFilesWithoutEachStoresStockouts() throws IOException {
        checkAgainstRunsWithoutEachStore(TestSettings.defaults(), handMade(dir.resolve("full")), dir);
    }

    /**
     * The checker's recomputation on random exports under several rules: for every store, the
     * stock file without that store's stockout rows, read by the real reader and run through every
     * layer; exposure_by_root_cause of the operational causes before minus after is the figure.
     */
    @ParameterizedTest(name = "seed {0} {1}={2}")
    @CsvSource({
            "11, rgo.root-cause.mixed, false",
            "12, rgo.root-cause.mixed, true",
            "13, rgo.rei.recurrence, true",
            "14, rgo.stockout.rule, share",
            "15, rgo.sales.fill-missing-weeks, false",
    })
    void everyStoreMatchesARunOnAStockFileWithoutItsStockouts(long seed, String key, String value) throws IOException {
        Settings settings = TestSettings.with(key, value, "rgo.stockout.min-share", "0.5");
        ExportFiles files = TrendLayerTest.randomExports(new ExportFiles(dir.resolve("full")), 14, seed);
        // more stockouts, and a second SKU, so that stores decide some customers' causes
        for (int w = 0; w < 14; w++) {
            for (int s = 0; s < 3; s++) {
                files.stock("S" + s, w, "SKU-2", (w * 7 + s * 3 + (int) seed) % 3 == 0 ? 0 : 4);
            }
        }
        int decided = checkAgainstRunsWithoutEachStore(settings, files, dir);
        assertTrue(decided >= 1, "some store decides some customer's cause, so the comparison means something");
    }

    /** Returns how many stores have a figure above 0. */
    private static int checkAgainstRunsWithoutEachStore(Settings settings, ExportFiles files, Path work)
            throws IOException {
        Analysis full = Runs.analyse(settings, files.dataset(settings));
        List<String> stockLines = Files.readAllLines(files.stockFile());
        int decided = 0;
        for (StoreWhatIf.StoreFix store : full.insights().whatIf().stores()) {
            List<String> without = new ArrayList<>();
            for (String line : stockLines) {
                String[] f = line.split(",");
                boolean stockoutRowOfStore = f[0].equals(store.storeId()) && f[3].equals("0");
                if (!stockoutRowOfStore) {
                    without.add(line);
                }
            }
            Path stock = work.resolve("without-" + store.storeId() + ".csv");
            Files.write(stock, without);
            Analysis after = Runs.analyse(settings, ExportFiles.read(settings, files.customersFile(), files.salesFile(),
                    stock));
            assertEquals(full.portfolio().totalRei(), after.portfolio().totalRei(), "REI does not depend on stockouts");
            long expected = operationalCents(full) - operationalCents(after);
            assertEquals(expected, Math.round(store.reiRemoved() * 100), "store " + store.storeId());
            if (expected > 0) {
                decided++;
            }
        }
        return decided;
    }

    private static long operationalCents(Analysis a) {
        Map<String, Double> byCause = a.portfolio().exposureByRootCause();
        return Math.round(byCause.getOrDefault("operational_stockout", 0.0) * 100)
                + Math.round(byCause.getOrDefault("mixed_operational_structural", 0.0) * 100);
    }
}
