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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * trend.drivers of ReportFixture. Prior week (8): only "gone" is at risk (one zero week filled,
     * current 75 against 100, high structural tier): gap 25, REI 25 × 1.15 × 1.25 = 35.94, structural
     * decline at S2. This week 133.00: gone 91.00 behavioral, c 15.75 operational, two demand softness.
     */
    @Test
    void driversSplitTheChangeSinceThePriorWeek() {
        JsonNode d = json.get("trend").get("drivers");
        assertEquals(List.of("prior_as_of_week", "prior_rei_total", "current_rei_total", "rei_delta", "by_root_cause",
                "by_tier", "by_store", "entered", "left", "continuing", "movers"), names(d));
        assertEquals("2025-03-03", d.get("prior_as_of_week").asText());
        assertEquals(35.94, d.get("prior_rei_total").doubleValue());
        assertEquals(97.06, d.get("rei_delta").doubleValue());
        assertEquals("{behavioral_churn=91.0, structural_decline=-35.94, demand_softness=26.25, operational_stockout=15.75}",
                compact("by_root_cause", d));
        assertEquals("{standard=97.06}", compact("by_tier", d));
        assertTrue(text.contains("\"behavioral_churn\" : 91.00,"), "money with two decimals");
        assertEquals(List.of("S2", FORMULA_STORE, "S1", "S3"), names(d.get("by_store")));
        assertEquals(55.06, d.get("by_store").get("S2").doubleValue());
        assertEquals(3, d.get("entered").get("customers").intValue());
        assertEquals(42.0, d.get("entered").get("rei").doubleValue());
        assertEquals(0, d.get("left").get("customers").intValue());
        assertEquals(55.06, d.get("continuing").get("rei_change").doubleValue());
        List<String> movers = new ArrayList<>();
        d.get("movers").forEach(m -> movers.add(m.get("customer_id").asText() + " " + m.get("movement").asText()));
        assertEquals(List.of("gone up", SCRIPT_ID + " entered", "c entered", LINK_ID + " entered"), movers);
        assertEquals("structural_decline", d.get("movers").get(0).get("root_cause_before").asText());
        assertTrue(d.get("movers").get(1).get("root_cause_before").isNull());
    }

    @Test
    void portfolioRevenueFollowUpAndWhatIf() {
        JsonNode r = json.get("portfolio_revenue");
        assertEquals(5, r.get("customers").intValue());
        assertEquals(410.0, r.get("current_weekly_revenue").doubleValue());
        assertEquals(500.0, r.get("baseline_weekly_revenue").doubleValue());
        assertTrue(text.contains("\"current_weekly_revenue\" : 410.00,"), text);
        assertEquals(18.0, r.get("gap_percent_of_baseline_revenue").doubleValue());
        assertEquals(26.6, r.get("rei_percent_of_baseline_revenue").doubleValue());
        assertEquals(100.0, r.get("recovery_upside_percent_of_gap").doubleValue());

        JsonNode f = json.get("follow_up");
        assertEquals("no_previous_run", f.get("status").asText());
        assertTrue(f.get("nothing_to_follow_up").asBoolean());
        for (String key : List.of("previous_run_id", "previous_as_of_week", "recovered", "improved", "unchanged",
                "worse", "gap_recovered")) {
            assertTrue(f.get(key).isNull(), key);
        }

        assertEquals("{S1=15.75, " + FORMULA_STORE + "=0.0, S2=0.0, S3=0.0}", compact("what_if_by_store", json));
        JsonNode detail = json.get("what_if_by_store_detail");
        assertEquals(15.75, detail.get("operational_rei").doubleValue());
        assertEquals(1, detail.get("stores").size());
        assertEquals(11.84, detail.get("stores").get(0).get("percent_of_total_rei").doubleValue());
        assertEquals(100.0, detail.get("stores").get(0).get("percent_of_operational_rei").doubleValue());
    }

    /** An object of amounts as "{key=amount, ...}" in its order. */
    private static String compact(String field, JsonNode parent) {
        Map<String, Double> amounts = new LinkedHashMap<>();
        parent.get(field).fields().forEachRemaining(e -> amounts.put(e.getKey(), e.getValue().doubleValue()));
        return amounts.toString();
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
