package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportFiles;
import org.rgo.report.RestockCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** The stockout gap weeks the root cause layer records, and the restock totals built from them. */
class RestockLayerTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theStockoutGapWeeksAreRecordedEachAtItsOwnStore() {
        // 100 at S1 in weeks 0-7, 40 at S2 in week 8, no row in week 9: filled as 0 at S2.
        // Gap weeks 8 and 9 (baseline 100); stockouts at S2 in both, and at S1 in week 9 (not its store then).
        ExportFiles files = new ExportFiles(dir);
        for (int week = 0; week < 8; week++) {
            files.sale("m", week, 100, "S1");
        }
        files.sale("m", 8, 40, "S2").series("other", "S1", flatThen(10, 100))
                .stock("S2", 8, "B", 0).stock("S2", 8, "A", 0).stock("S2", 9, "C", 0).stock("S2", 9, "D", 3)
                .stock("S1", 9, "E", 0).stock("S1", 2, "F", 0);
        Analysis analysis = Runs.analyse(TestSettings.defaults(), files.dataset(TestSettings.defaults()));
        CustomerResult m = Runs.result(analysis, "m");

        StockoutWeeks weeks = m.attribution().overlapWeeks();
        assertEquals(2, m.attribution().stockoutOverlapWeeks());
        assertEquals("S2", analysis.model().storeIds()[weeks.store(0)]);
        assertEquals(8, weeks.week(0));
        assertEquals("S2", analysis.model().storeIds()[weeks.store(1)]);
        assertEquals(9, weeks.week(1));
        assertEquals(RootCause.OPERATIONAL_STOCKOUT, m.attribution().rootCause());
        assertEquals(new ActionDetail(List.of(
                        new ActionDetail.StockoutWeek(LocalDate.of(2025, 3, 3), "S2", List.of("A", "B")),
                        new ActionDetail.StockoutWeek(LocalDate.of(2025, 3, 10), "S2", List.of("C"))),
                        List.of("A", "B", "C")),
                ActionDetail.of(m, analysis.model()));
    }

    @Test
    void aCustomerWhoseActionIsNotToRestockNamesNoSku() {
        // gap weeks 1, 2, 6, 7, 8, 9 (baseline 100); stockouts in 1 and 9: 2/6 < 0.40, demand softness
        ExportFiles files = new ExportFiles(dir).series("c", "S1", 110, 90, 90, 110, 100, 100, 90, 90, 90, 90)
                .stock("S1", 1, "A", 0).stock("S1", 9, "A", 0);
        Analysis analysis = Runs.analyse(TestSettings.defaults(), files.dataset(TestSettings.defaults()));
        CustomerResult c = Runs.result(analysis, "c");

        assertEquals(2, c.attribution().overlapWeeks().count());
        assertEquals(RootCause.DEMAND_SOFTNESS, c.attribution().rootCause());
        assertEquals(ActionDetail.NONE, ActionDetail.of(c, analysis.model()));
        assertEquals(List.of(), analysis.restock());
    }

    @Test
    void underTheShareRuleOnlyStockoutStoreWeeksNameTheirSkus() {
        // week 9 at S1: 1 of 4 SKUs out, below min-share 0.5, so no stockout store-week; week 8: 2 of 4
        Settings share = TestSettings.with("rgo.stockout.rule", "share", "rgo.stockout.min-share", "0.5");
        ExportFiles files = new ExportFiles(dir).series("c", "S1", flatThen(8, 100, 40, 40))
                .stock("S1", 8, "A", 0).stock("S1", 8, "B", 0).stock("S1", 8, "C", 1).stock("S1", 8, "D", 1)
                .stock("S1", 9, "A", 0).stock("S1", 9, "B", 1).stock("S1", 9, "C", 1).stock("S1", 9, "D", 1);
        Analysis analysis = Runs.analyse(share, files.dataset(share));

        assertEquals(List.of(new RestockItem("S1", "A", 1, 1, Runs.result(analysis, "c").exposure().exposureIndex()),
                new RestockItem("S1", "B", 1, 1, Runs.result(analysis, "c").exposure().exposureIndex())),
                analysis.restock());
    }

    /**
     * Thirty restocking customers over three stores and five SKUs, added chunk by chunk in chunks of
     * 1, 4 and 7 customers, merged forwards, backwards, shuffled and pairwise: one state, to the byte.
     */
    @Test
    void anyChunkingAndMergeOrderGivesTheSameBytes() throws IOException {
        Settings settings = TestSettings.defaults();
        ExportFiles files = new ExportFiles(dir);
        for (int c = 0; c < 30; c++) {
            String store = "S" + (c % 3);
            files.series("c" + c, store, flatThen(8, 100, 30 + c, c % 2 == 0 ? 0 : 50 + c));
        }
        String[] skus = {"A", "B", "C", "10", "9"};
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < skus.length; k++) {
                if ((s + k) % 2 == 0) {
                    files.stock("S" + s, 8, skus[k], 0);
                }
                if ((s + k) % 3 != 1) {
                    files.stock("S" + s, 9, skus[k], 0);
                }
            }
        }
        Dataset data = files.dataset(settings);
        AnalysisInput input = AnalysisInput.of(settings, data);
        Kernel kernel = Runs.kernel(settings);

        byte[] reference = null;
        String referenceCsv = null;
        for (int size : new int[] {1, 4, 7}) {
            List<RestockTotals> chunks = new ArrayList<>();
            input.ranges(size).forEachRemaining(range -> {
                Chunk chunk = kernel.evaluate(new SeriesLayer().gather(range));
                chunks.add(new RestockLayer().accumulate(chunk).totals().restock());
            });
            for (List<RestockTotals> order : orders(chunks)) {
                RestockTotals merged = new RestockTotals();
                order.forEach(merged::merge);
                check(merged, input.model(), reference, referenceCsv);
                if (reference == null) {
                    reference = bytes(merged);
                    referenceCsv = csv(merged.items(input.model()));
                }
            }
            check(pairwise(chunks), input.model(), reference, referenceCsv);
        }
        assertTrue(referenceCsv.lines().count() > 10, referenceCsv);
        assertEquals(referenceCsv, csv(Runs.analyse(settings, data).restock()));
    }

    private static void check(RestockTotals merged, Model model, byte[] reference, String referenceCsv)
            throws IOException {
        if (reference != null) {
            assertArrayEquals(reference, bytes(merged));
            assertEquals(referenceCsv, csv(merged.items(model)));
        }
    }

    private static List<List<RestockTotals>> orders(List<RestockTotals> chunks) {
        List<RestockTotals> backwards = new ArrayList<>(chunks);
        Collections.reverse(backwards);
        List<RestockTotals> shuffled = new ArrayList<>(chunks);
        Collections.shuffle(shuffled, new Random(13));
        return List.of(chunks, backwards, shuffled);
    }

    /** ((c0 + c1) + (c2 + c3)) + ...: merges of merges, as a cluster's reduce does. */
    private static RestockTotals pairwise(List<RestockTotals> chunks) {
        List<RestockTotals> level = new ArrayList<>();
        for (RestockTotals chunk : chunks) {
            RestockTotals copy = new RestockTotals();
            copy.merge(chunk);
            level.add(copy);
        }
        while (level.size() > 1) {
            List<RestockTotals> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                RestockTotals left = level.get(i);
                if (i + 1 < level.size()) {
                    left.merge(level.get(i + 1));
                }
                next.add(left);
            }
            level = next;
        }
        return level.get(0);
    }

    private static byte[] bytes(RestockTotals totals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(totals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csv(List<RestockItem> items) throws IOException {
        StringWriter out = new StringWriter();
        RestockCsv.write(items, out);
        return out.toString();
    }
}
