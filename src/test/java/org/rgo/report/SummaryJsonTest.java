package org.rgo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.layers.Analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.report.ReportFixture.FORMULA_STORE;
import static org.rgo.report.ReportFixture.LINK_ID;
import static org.rgo.report.ReportFixture.SCRIPT_ID;

/** SPEC §10: summary.json field names and money as JSON numbers with 2 decimals. */
class SummaryJsonTest {

    @TempDir
    java.nio.file.Path dir;

    private String text;
    private JsonNode json;

    @BeforeEach
    void write() throws IOException {
        Analysis a = ReportFixture.analysis(dir);
        StringWriter out = new StringWriter();
        SummaryJson.write(a, out);
        text = out.toString();
        json = new ObjectMapper().readTree(text);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void hasEveryFieldTheSpecNames() {
        List<String> fields = names(json);
        for (String field : List.of("as_of_week", "data_snapshot_utc", "total_gap", "total_rei",
                "customer_count_with_gaps", "verdict", "exposure_by_tier", "exposure_by_root_cause", "exposure_by_store",
                "gap_by_root_cause", "recovery_upside_top_n", "concentration_top_n_percent", "top_priority", "trend",
                "targets", "executive_triggers", "validation_warnings")) {
            assertTrue(fields.contains(field), "summary.json lacks " + field + ": " + fields);
        }
        for (JsonNode priority : json.get("top_priority")) {
            assertTrue(names(priority).containsAll(List.of("customer_id", "gap_amount", "exposure_index", "tier",
                    "root_cause", "owner", "recommended_action")), names(priority).toString());
        }
        assertTrue(names(json.get("trend")).containsAll(List.of("prior_run_gap_total", "prior_run_rei_total",
                "current_run_gap_total", "exposure_delta_percent", "label", "timeline")));
    }

    @Test
    void valuesOfTheRun() {
        assertEquals("2025-03-10", json.get("as_of_week").asText());
        assertEquals("2025-04-01T08:00:00Z", json.get("data_snapshot_utc").asText());
        assertEquals(90.0, json.get("total_gap").doubleValue());
        assertEquals(133.0, json.get("total_rei").doubleValue());
        assertEquals(4, json.get("customer_count_with_gaps").intValue());
        assertEquals("LOW", json.get("verdict").asText());
        assertEquals(133.0, json.get("exposure_by_tier").get("standard").doubleValue());
        JsonNode byCause = json.get("exposure_by_root_cause");
        assertEquals(91.0, byCause.get("behavioral_churn").doubleValue());
        assertEquals(15.75, byCause.get("operational_stockout").doubleValue());
        assertEquals(26.25, byCause.get("demand_softness").doubleValue());
        JsonNode gapByCause = json.get("gap_by_root_cause");
        assertEquals(List.of(50.0, 15.0, 25.0), List.of(gapByCause.get("behavioral_churn").doubleValue(),
                gapByCause.get("operational_stockout").doubleValue(), gapByCause.get("demand_softness").doubleValue()));
        JsonNode byStore = json.get("exposure_by_store");
        assertEquals(Set.of("S1", "S2", "S3", FORMULA_STORE), Set.copyOf(names(byStore)));
        assertEquals(91.0, byStore.get("S2").doubleValue());
        assertEquals(90.0, json.get("recovery_upside_top_n").doubleValue());
        assertEquals(100.0, json.get("concentration_top_n_percent").doubleValue());
        List<String> order = new ArrayList<>();
        json.get("top_priority").forEach(p -> order.add(p.get("customer_id").asText()));
        assertEquals(List.of("gone", SCRIPT_ID, "c", LINK_ID), order);
        JsonNode first = json.get("top_priority").get(0);
        assertEquals("behavioral_churn", first.get("root_cause").asText());
        assertEquals("Customer Success", first.get("owner").asText());
        assertEquals(List.of("customer " + SCRIPT_ID + " has sales but is not in the customers file"),
                List.of(json.get("validation_warnings").get(0).asText()));
    }

    @Test
    void trendHoldsTheRunsTotalsAndANewestFirstTimeline() {
        JsonNode trend = json.get("trend");
        assertEquals(90.0, trend.get("current_run_gap_total").doubleValue());
        JsonNode timeline = trend.get("timeline");
        assertEquals(10, timeline.size());
        assertEquals("2025-03-10", timeline.get(0).get("as_of_week").asText());
        assertEquals("2025-03-03", timeline.get(1).get("as_of_week").asText());
        assertEquals(90.0, timeline.get(0).get("total_gap").doubleValue());
        assertEquals(133.0, timeline.get(0).get("total_rei").doubleValue());
        assertEquals(4, timeline.get(0).get("customer_count").intValue());
        assertEquals(trend.get("prior_run_rei_total").doubleValue(), timeline.get(1).get("total_rei").doubleValue());
    }

    /**
     * Every money field is written as a JSON number with exactly two decimals (133.00, not 133 or
     * 133.0); objects under the same name (targets.total_rei) are skipped.
     */
    @Test
    void moneyIsANumberWithTwoDecimals() {
        Pattern money = Pattern.compile("\"(total_gap|total_rei|gap_amount|exposure_index|recovery_upside_top_n"
                + "|concentration_top_n_percent|prior_run_gap_total|prior_run_rei_total|current_run_gap_total"
                + "|exposure_delta_percent|S1|S2|S3|standard|behavioral_churn|operational_stockout|demand_softness)"
                + "\"\\s*:\\s*+(?![{\\[])([^,\\n}\\]]+)");
        Matcher m = money.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(m.group(2).trim().matches("-?\\d+\\.\\d{2}|null"), m.group(1) + " written as " + m.group(2));
        }
        // 3 totals ×2 (run and timeline[0]) + 8 top-priority amounts + breakdowns: far more than 20
        assertTrue(found > 20, "money fields found: " + found);
        assertTrue(text.contains("133.00"), text);
        assertTrue(json.get("total_gap").isNumber());
        assertTrue(json.get("top_priority").get(0).get("gap_amount").isNumber());
    }
}
