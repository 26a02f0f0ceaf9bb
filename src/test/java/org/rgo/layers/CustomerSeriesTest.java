package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §2: each customer's series, built from the exports. */
class CustomerSeriesTest {

    @TempDir
    Path dir;

    private static final Settings FILL = TestSettings.defaults();
    private static final Settings NO_FILL = TestSettings.with("rgo.sales.fill-missing-weeks", "false");

    private static double[] spend(CustomerSeries s) {
        return Arrays.copyOfRange(s.spend(), s.from(), s.to());
    }

    private static int[] weeks(CustomerSeries s) {
        return Arrays.copyOfRange(s.week(), s.from(), s.to());
    }

    private static String[] stores(Analysis a, CustomerSeries s) {
        String[] ids = new String[s.length()];
        for (int i = 0; i < s.length(); i++) {
            ids[i] = a.data().sales().storeId(s.store(i));
        }
        return ids;
    }

    private static CustomerSeries seriesOf(Analysis a, String id) {
        return Runs.series(a, id);
    }

    /** c: week 0 at S1, week 1 at S2, no row in week 2, week 3 at S3; "other" has a row every week. */
    private ExportFiles gapInTheMiddle() {
        return new ExportFiles(dir)
                .sale("c", 0, 10, "S1").sale("c", 1, 20, "S2").sale("c", 3, 40, "S3")
                .series("other", "S1", 1, 1, 1, 1);
    }

    @Test
    void aMissingWeekIsSpendZeroAtThePreviousRowsStore() {
        Analysis a = Runs.analyse(FILL, gapInTheMiddle().dataset(FILL));
        CustomerSeries s = seriesOf(a, "c");
        assertArrayEquals(new double[]{10, 20, 0, 40}, spend(s));
        assertArrayEquals(new int[]{0, 1, 2, 3}, weeks(s));
        assertArrayEquals(new String[]{"S1", "S2", "S2", "S3"}, stores(a, s));
    }

    @Test
    void withoutFillingAMissingWeekIsLeftOut() {
        Analysis a = Runs.analyse(NO_FILL, gapInTheMiddle().dataset(NO_FILL));
        CustomerSeries s = seriesOf(a, "c");
        assertArrayEquals(new double[]{10, 20, 40}, spend(s));
        assertArrayEquals(new int[]{0, 1, 3}, weeks(s));
        assertArrayEquals(new String[]{"S1", "S2", "S3"}, stores(a, s));
    }

    @Test
    void theSeriesStartsAtTheCustomersFirstWeek() {
        ExportFiles files = new ExportFiles(dir).seriesFrom("late", "S1", 5, 7, 8, 9)
                .series("early", "S1", flatThen(8, 1));
        Analysis a = Runs.analyse(FILL, files.dataset(FILL));
        CustomerSeries s = seriesOf(a, "late");
        assertArrayEquals(new double[]{7, 8, 9}, spend(s));
        assertArrayEquals(new int[]{5, 6, 7}, weeks(s));
    }

    @Test
    void theSeriesRunsToTheAsOfWeekEvenAfterTheCustomersLastRow() {
        // "gone" stops after week 5; the as-of week is 9: four filled zero weeks
        ExportFiles files = new ExportFiles(dir).series("gone", "S1", flatThen(6, 100))
                .series("stays", "S1", flatThen(10, 1));
        Analysis a = Runs.analyse(FILL, files.dataset(FILL));
        assertArrayEquals(flatThen(6, 100, 0, 0, 0, 0), spend(seriesOf(a, "gone")));
    }

    @Test
    void aCustomerWhoVanishedIsChurnWithFillingAndNotAtRiskWithout() {
        // with filling: 100 ×8, 0, 0 -> gap 50, two zero weeks, behavioral churn;
        // without: 100 ×8 -> no gap, no zero week, not at risk
        ExportFiles files = new ExportFiles(dir).series("gone", "S1", flatThen(8, 100))
                .series("stays", "S1", flatThen(10, 1));
        Analysis filled = Runs.analyse(FILL, files.dataset(FILL));
        CustomerResult r = Runs.result(filled, "gone");
        assertEquals(50.0, r.revenue().gapAmount());
        assertEquals(2, r.structural().consecutiveZeroSpendWeeks());
        assertEquals(RootCause.BEHAVIORAL_CHURN, r.attribution().rootCause());
        assertEquals(ChurnRiskBucket.HIGH, r.exposure().churnRiskBucket());

        Analysis unfilled = Runs.analyse(NO_FILL, files.dataset(NO_FILL));
        assertTrue(Runs.atRisk(unfilled).isEmpty());
        assertEquals(0, unfilled.portfolio().customerCountWithGaps());
    }

    @Test
    void rowsInAnyOrderGiveTheSameSeries() {
        ExportFiles ordered = new ExportFiles(dir.resolve("ordered"));
        ExportFiles shuffled = new ExportFiles(dir.resolve("shuffled")).shuffled(42L);
        for (ExportFiles files : new ExportFiles[]{ordered, shuffled}) {
            files.series("a", "S1", 5, 4, Double.NaN, 2, 1).seriesFrom("b", "S2", 2, 9, 8, 7);
        }
        Analysis a = Runs.analyse(FILL, ordered.dataset(FILL));
        Analysis b = Runs.analyse(FILL, shuffled.dataset(FILL));
        for (String id : new String[]{"a", "b"}) {
            assertArrayEquals(spend(seriesOf(a, id)), spend(seriesOf(b, id)), id);
            assertArrayEquals(stores(a, seriesOf(a, id)), stores(b, seriesOf(b, id)), id);
        }
        assertArrayEquals(new double[]{5, 4, 0, 2, 1}, spend(seriesOf(b, "a")));
    }

    @Test
    void theLaterOfTwoRowsForOneWeekWins() {
        ExportFiles files = new ExportFiles(dir).sale("c", 0, 10, "S1").sale("c", 1, 20, "S1")
                .sale("c", 1, 25, "S2");
        Analysis a = Runs.analyse(FILL, files.dataset(FILL));
        CustomerSeries s = seriesOf(a, "c");
        assertArrayEquals(new double[]{10, 25}, spend(s));
        assertArrayEquals(new String[]{"S1", "S2"}, stores(a, s));
    }
}
