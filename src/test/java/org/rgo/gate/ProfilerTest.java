package org.rgo.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The profile of hand-made exports, figure by figure, read as a run reads them. */
class ProfilerTest {

    @TempDir
    Path dir;

    private ExportFiles threeWeeks(Path folder) {
        return new ExportFiles(folder)
                .series("a", "S1", 10.25, 20.5, 30)
                .series("b", "S1", 1.005, Double.NaN, 2)
                .seriesFrom("c", "S2", 1, 7, 8)
                .unlisted("c")
                .stock("S1", 0, "K1", 3).stock("S1", 1, "K1", 0).stock("S1", 1, "K2", 4).stock("S1", 2, "K1", 1)
                .stock("S3", 0, "K1", 5);
    }

    @Test
    void weeksStoresStockFilesAndTheCustomersTheCustomersFileLacks() {
        threeWeeks(dir).write();

        DataProfile profile = Checked.profile(dir);

        assertEquals(LocalDate.parse(ExportFiles.week(2)), profile.asOfWeek());
        assertEquals(List.of(
                // 1.005 is the double 1.00499999..., so 1.00 to the cent
                new DataProfile.Week(LocalDate.parse(ExportFiles.week(0)), 2, 10_25 + 1_00),
                new DataProfile.Week(LocalDate.parse(ExportFiles.week(1)), 2, 20_50 + 7_00),
                new DataProfile.Week(LocalDate.parse(ExportFiles.week(2)), 3, 30_00 + 2_00 + 8_00)), profile.weeks());
        assertEquals(List.of(new DataProfile.StoreWeeks("S1", List.of(2L, 1L, 2L)),
                new DataProfile.StoreWeeks("S2", List.of(0L, 1L, 1L))), profile.salesStores());
        assertEquals(List.of(new DataProfile.StoreWeeks("S1", List.of(1L, 2L, 1L)),
                new DataProfile.StoreWeeks("S3", List.of(1L, 0L, 0L))), profile.stockStores());
        assertEquals(1, profile.asOfCustomersUnknown());
        assertEquals(new DataProfile.FileFacts("retail_customers.csv", 2, List.of("customer_id", "loyalty_member",
                "region"), null), profile.files().get(Gate.CUSTOMERS));
        assertEquals(List.of("customer_id", "week_start_date", "weekly_spend", "store_id", "is_high_value_customer",
                "product_category"), profile.files().get(Gate.SALES).columns());
        assertEquals(7, profile.files().get(Gate.SALES).rows());
    }

    @Test
    void theDigestIsTheSameWhateverTheRowOrderAndChangesWithAnyFigure() {
        String digest = Checked.profile(threeWeeks(dir.resolve("sorted")).write().salesFile().getParent())
                .salesDigest();

        assertEquals(digest, Checked.profile(threeWeeks(dir.resolve("shuffled")).shuffled(7).write().salesFile()
                .getParent()).salesDigest());
        assertNotEquals(digest, Checked.profile(threeWeeks(dir.resolve("spend")).sale("a", 0, 10.26, "S1").write()
                .salesFile().getParent()).salesDigest(), "a later row restating a spend");
        assertNotEquals(digest, Checked.profile(threeWeeks(dir.resolve("store")).sale("a", 0, 10.25, "S2").write()
                .salesFile().getParent()).salesDigest(), "the same spend at another store");
        assertNotEquals(digest, Checked.profile(threeWeeks(dir.resolve("customer")).sale("d", 0, 1.01, "S1").write()
                .salesFile().getParent()).salesDigest());
    }

    @Test
    void storeFiguresCoverTheHistoryWeeksAndTheAsOfWeekOnly() {
        ExportFiles files = new ExportFiles(dir);
        for (int w = 0; w < 12; w++) {
            files.sale("a", w, 5, "S" + w);
        }
        files.write();

        DataProfile profile = Profiler.of(Checked.read(dir), 8);

        assertEquals(3, profile.windowFrom());
        assertEquals(8, profile.history().size());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), profile.salesStores().stream()
                .filter(s -> s.store().equals("S11")).findFirst().orElseThrow().rows());
        assertEquals(12, profile.salesStores().size());
    }
}
