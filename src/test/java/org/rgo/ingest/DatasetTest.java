package org.rgo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.layers.Analysis;
import org.rgo.layers.Runs;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC §2: duplicate rows and customers missing from either file, with their validation warnings. */
class DatasetTest {

    @TempDir
    Path dir;

    private final Settings settings = TestSettings.defaults();

    @Test
    void aDuplicateRowKeepsTheLaterRowAndNamesTheKey() {
        Dataset data = new ExportFiles(dir)
                .sale("C1", 0, 10, "S1").sale("C1", 1, 20, "S1").sale("C2", 1, 5, "S1").sale("C1", 1, 30, "S2")
                .dataset(settings);
        SalesTable sales = data.sales();
        assertEquals(30.0, sales.spend(1, 0));
        assertEquals("S2", sales.storeId(sales.store(1, 0)));
        assertEquals(4, sales.rowCount());
        // line 5: header, then the fourth row
        assertEquals(List.of("duplicate row for customer C1 week " + ExportFiles.week(1) + " (line 5): the later row wins"),
                data.warnings());
    }

    @Test
    void aCustomerInSalesButNotInTheCustomersFileIsAnalysedAndWarnedAbout() {
        // 100 ×9, 40: gap 15, at risk
        ExportFiles files = new ExportFiles(dir).unlisted("ghost")
                .series("ghost", "S1", 100, 100, 100, 100, 100, 100, 100, 100, 100, 40)
                .series("known", "S1", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Dataset data = files.dataset(settings);
        assertEquals(List.of("customer ghost has sales but is not in the customers file"), data.warnings());

        Analysis a = Runs.analyse(settings, data);
        assertEquals(15.0, Runs.result(a, "ghost").revenue().gapAmount());
        assertEquals(data.warnings(), a.executive().validationWarnings());
    }

    @Test
    void aWeekNoRowNamesIsNotOnTheAxisAndIsWarnedAbout() {
        // weeks 0, 1 and 3 have rows, week 2 none at all: the axis skips it (not filled with 0)
        Dataset data = new ExportFiles(dir)
                .series("C1", "S1", 10, 10, Double.NaN, 10).series("C2", "S1", 5, 5, Double.NaN, 5)
                .dataset(settings);
        assertEquals(3, data.sales().weekCount());
        assertEquals(List.of("no sales row for any customer between weeks " + ExportFiles.week(1) + " and "
                + ExportFiles.week(3) + " (14 days apart): the missing weeks are not counted"), data.warnings());
    }

    @Test
    void aCustomerWithoutSalesIsIgnored() {
        Dataset data = new ExportFiles(dir).customer("quiet", true, "north").series("known", "S1", 1, 1)
                .dataset(settings);
        assertEquals(1, data.sales().customerCount());
        assertEquals("known", data.sales().customerId(0));
        assertEquals(List.of(), data.warnings());
    }

    @Test
    void warningsBeyondTheListedMaximumAreCounted() {
        Settings listsTwo = TestSettings.with("rgo.warnings.max-listed", "2");
        ExportFiles files = new ExportFiles(dir).series("known", "S1", 1);
        for (int i = 0; i < 5; i++) {
            files.unlisted("u" + i).series("u" + i, "S1", 1);
        }
        List<String> warnings = files.dataset(listsTwo).warnings();
        assertEquals(List.of("customer u0 has sales but is not in the customers file",
                "customer u1 has sales but is not in the customers file",
                "... and 3 more customers missing from the customers file"), warnings);
    }

    @Test
    void aCustomerListedTwiceInTheCustomersFileKeepsTheLaterRowWithAWarning() {
        Path file = dir.resolve("retail_customers.csv");
        ExportFiles.writeFile(file, "customer_id,loyalty_member", List.of("c,false", "d,false", "c,true"));
        CustomerDirectory customers = new ExportReader(settings, 50, 1040, Long.MAX_VALUE).customers(file);
        assertEquals(2, customers.size());
        assertTrue(customers.loyal().get(customers.row("c")));
        assertEquals(List.of("customer c is listed twice in retail_customers.csv (line 4): the later row wins"),
                customers.warnings());
    }
}
