package org.rgo.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.TestSettings;
import org.rgo.layers.Analysis;
import org.rgo.layers.RankedCustomers;
import org.rgo.layers.Runs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.report.ReportFixture.FORMULA_STORE;
import static org.rgo.report.ReportFixture.LINK_ID;
import static org.rgo.report.ReportFixture.SCRIPT_ID;

/** SPEC §10: customers.csv and interventions.csv. */
class CustomersCsvTest {

    @TempDir
    Path dir;

    /** SPEC §10's column list, word for word. */
    private static final List<String> SPEC_COLUMNS = List.of("customer_id", "store_id", "tier", "current_revenue",
            "baseline_revenue", "gap_amount", "decline_percent", "consecutive_decline_weeks",
            "consecutive_zero_spend_weeks", "decline_velocity_percent", "revenue_volatility_score",
            "baseline_variance_percent", "structural_risk_score", "structural_tier", "stockout_overlap_weeks",
            "percent_gap_due_to_stockout", "stockout_impact_flag", "demand_drop_flag", "mixed_cause_flag",
            "root_cause", "churn_risk_bucket", "recurrence_score", "exposure_index", "owner", "recommended_action");

    private static List<List<String>> parse(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> customersCsv(Analysis a) throws IOException {
        StringWriter out = new StringWriter();
        CustomersCsv.write(Runs.atRisk(a), out);
        return parse(out.toString());
    }

    @Test
    void headerIsTheSpecsColumnsInOrder() throws IOException {
        assertEquals(SPEC_COLUMNS, customersCsv(ReportFixture.analysis(dir)).get(0));
    }

    @Test
    void aRowCarriesEveryValueInItsColumn() throws IOException {
        List<List<String>> rows = customersCsv(ReportFixture.analysis(dir));
        List<String> c = rows.stream().filter(r -> r.get(0).equals("c")).findFirst().orElseThrow();
        // 100 ×9, 40 with its gap week a stockout: current 85, baseline 100; last 8 weeks 100 ×7, 40:
        // mean 92.5, variance 3150/8 = 393.75, std 19.8431 -> volatility 0.2145; previous cuts have no gap
        assertEquals(List.of("c", "S1", "standard", "85.00", "100.00", "15.00", "15.00", "1", "0", "-15.00", "0.2145",
                "0.00", "0", "none", "1", "1.0000", "true", "false", "false", "operational_stockout", "low", "1",
                "15.75", "Operations/Inventory", "Restock the store's out-of-stock SKUs"), c);
    }

    @Test
    void rowsAreTheAtRiskCustomersInPriorityOrder() throws IOException {
        List<List<String>> rows = customersCsv(ReportFixture.analysis(dir));
        assertEquals(List.of("gone", SCRIPT_ID, "c", "'" + LINK_ID),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void textCellsThatLookLikeFormulasAreNeutralised() throws IOException {
        List<List<String>> rows = customersCsv(ReportFixture.analysis(dir));
        List<String> script = rows.get(2);
        assertEquals(SCRIPT_ID, script.get(0));
        assertEquals("'" + FORMULA_STORE, script.get(1));
        assertEquals("'" + LINK_ID, rows.get(4).get(0));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertTrue(!cell.startsWith("=") && !cell.startsWith("@") && !cell.startsWith("+"), cell);
            }
        }
    }

    @Test
    void interventionsAreTheTopNRowsOfCustomersCsv(@TempDir Path out) throws IOException {
        Analysis a = ReportFixture.analysis(dir, TestSettings.with("rgo.portfolio.top-n", "2"));
        new RunOutput(a, new RankedCustomers(Runs.kernel(a.settings()), a, 2), Optional.empty()).writeInto(out);
        List<List<String>> customers = parse(Files.readString(out.resolve("customers.csv"), StandardCharsets.UTF_8));
        List<List<String>> interventions = parse(Files.readString(out.resolve("interventions.csv"), StandardCharsets.UTF_8));
        assertEquals(5, customers.size());
        assertEquals(customers.subList(0, 3), interventions);
        try (var files = Files.list(out)) {
            assertEquals(List.of("actions", "customers.csv", "interventions.csv", "report.html", "report.md",
                            "restock.csv", "summary.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
