package org.rgo.report;

import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;
import org.rgo.layers.Analysis;
import org.rgo.layers.Runs;

import java.nio.file.Path;

import static org.rgo.layers.Runs.flatThen;

/**
 * A small run with hostile text in its data, through the real path. At risk (SPEC §3-7):
 * <ul>
 *   <li>"gone" (S2): 100 ×8, then no rows (filled 0, 0): gap 50, severe, churn high, behavioral:
 *       REI 50 × 1.30 × 1.40 = 91.00</li>
 *   <li>"c" (S1): 100 ×9, 40, stockout at S1 in week 9: gap 15, operational, REI 15.75</li>
 *   <li>{@link #SCRIPT_ID} (at store {@link #FORMULA_STORE}, not in the customers file): 100 ×9, 40:
 *       gap 15, demand softness, REI 15.75</li>
 *   <li>{@link #LINK_ID} (S3): 100 ×9, 60: gap 10, demand softness, REI 10.50</li>
 * </ul>
 * "steady" (S1, flat) is not at risk. Totals: gap 90.00, REI 133.00, 4 customers.
 */
final class ReportFixture {

    static final String SCRIPT_ID = "<script>alert(1)</script>";
    static final String FORMULA_STORE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String LINK_ID = "@SUM(1+1)|[click](http://evil.example)";

    private ReportFixture() {}

    static Analysis analysis(Path dir) {
        return analysis(dir, TestSettings.defaults());
    }

    static Analysis analysis(Path dir, Settings settings) {
        ExportFiles files = new ExportFiles(dir)
                .series("gone", "S2", flatThen(8, 100))
                .series("c", "S1", flatThen(9, 100, 40)).stockout("S1", 9)
                .unlisted(SCRIPT_ID).series(SCRIPT_ID, FORMULA_STORE, flatThen(9, 100, 40))
                .series(LINK_ID, "S3", flatThen(9, 100, 60))
                .series("steady", "S1", flatThen(10, 100));
        return Runs.analyse(settings, files.dataset(settings));
    }
}
