package org.rgo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rgo.gate.GateResult;
import org.rgo.layers.Analysis;
import org.rgo.layers.CustomerResult;
import org.rgo.layers.Executive;
import org.rgo.layers.Portfolio;
import org.rgo.layers.Trend;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.two;

/** summary.json, the machine-readable contract of SPEC §10. Money is a JSON number with 2 decimals. */
public final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SummaryJson() {}

    public static Map<String, Object> of(Analysis analysis) {
        Portfolio p = analysis.portfolio();
        Executive e = analysis.executive();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("as_of_week", e.asOfWeek().toString());
        summary.put("data_snapshot_utc", e.dataSnapshotUtc().toString());
        summary.put("total_gap", two(p.totalGap()));
        summary.put("total_rei", two(p.totalRei()));
        summary.put("customer_count_with_gaps", p.customerCountWithGaps());
        summary.put("verdict", e.verdict());
        summary.put("exposure_by_tier", amounts(p.exposureByTier()));
        summary.put("exposure_by_root_cause", amounts(p.exposureByRootCause()));
        summary.put("exposure_by_store", amounts(p.exposureByStore()));
        summary.put("exposure_by_segment", nested(p.exposureBySegment()));
        summary.put("gap_by_tier", amounts(p.gapByTier()));
        summary.put("gap_by_root_cause", amounts(p.gapByRootCause()));
        summary.put("gap_by_store", amounts(p.gapByStore()));
        summary.put("gap_by_segment", nested(p.gapBySegment()));
        summary.put("top_n", p.topN());
        summary.put("recovery_upside_top_n", two(p.recoveryUpsideTopN()));
        summary.put("concentration_top_n_percent", two(p.concentrationTopNPercent()));
        summary.put("top_priority", p.topPriority().stream().map(SummaryJson::priority).toList());
        summary.put("trend", trend(analysis));
        summary.put("targets", targets(e.targets()));
        summary.put("executive_triggers", e.executiveTriggers());
        summary.put("validation_warnings", e.validationWarnings());
        summary.put("action_lists", ActionLists.summary(p));
        summary.put("restock_top", RestockCsv.top(analysis.restock()));
        summary.put("portfolio_revenue", PortfolioRevenueSection.json(analysis));
        summary.put("follow_up", FollowUpSection.json(analysis));
        summary.put("what_if_by_store", StoreWhatIfSection.json(analysis));
        summary.put("what_if_by_store_detail", StoreWhatIfSection.detailJson(analysis));
        summary.put("gate", gate(analysis.gate()));
        return summary;
    }

    /** The data gate's verdict: status PASSED, HELD or OFF, and each reason of a hold. */
    private static Map<String, Object> gate(GateResult gate) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", gate.status().name());
        result.put("reasons", gate.reasons().stream().map(reason -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("check", reason.check());
            row.put("figure", reason.figure());
            row.put("value", reason.value());
            row.put("expected", reason.expected());
            row.put("threshold_key", reason.thresholdKey());
            row.put("threshold", reason.threshold());
            row.put("message", reason.message());
            return row;
        }).toList());
        return result;
    }

    public static void write(Analysis analysis, Writer out) throws IOException {
        JSON.writeValue(out, of(analysis));
    }

    private static Map<String, Object> priority(CustomerResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_id", r.customerId());
        row.put("store_id", r.storeId());
        row.put("gap_amount", two(r.revenue().gapAmount()));
        row.put("exposure_index", two(r.exposure().exposureIndex()));
        row.put("tier", r.revenue().tier().label());
        row.put("root_cause", r.attribution().rootCause().label());
        row.put("owner", r.attribution().rootCause().owner());
        row.put("recommended_action", r.attribution().rootCause().recommendedAction());
        return row;
    }

    private static Map<String, Object> trend(Analysis analysis) {
        Trend t = analysis.trend();
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("prior_run_gap_total", t.priorRunGapTotal() == null ? null : two(t.priorRunGapTotal()));
        trend.put("prior_run_rei_total", t.priorRunReiTotal() == null ? null : two(t.priorRunReiTotal()));
        trend.put("current_run_gap_total", two(t.currentRunGapTotal()));
        trend.put("exposure_delta_percent", t.exposureDeltaPercent() == null ? null : two(t.exposureDeltaPercent()));
        trend.put("label", t.label());
        trend.put("timeline", t.timeline().stream().map(point -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("as_of_week", point.asOfWeek().toString());
            row.put("total_gap", two(point.totalGap()));
            row.put("total_rei", two(point.totalRei()));
            row.put("customer_count", point.customerCount());
            return row;
        }).toList());
        trend.put("first_week_with_full_baseline",
                analysis.model().firstFullBaselineWeek().map(Object::toString).orElse(null));
        trend.put("drivers", DriversSection.json(analysis));
        return trend;
    }

    private static Map<String, Object> targets(List<Executive.Target> targets) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Executive.Target t : targets) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("actual", t.count() ? (Object) (long) t.actual() : two(t.actual()));
            row.put("target", t.count() ? (Object) (long) t.target() : two(t.target()));
            row.put("status", t.status());
            result.put(t.name().toLowerCase().replace(' ', '_'), row);
        }
        return result;
    }

    private static Map<String, Object> amounts(Map<String, Double> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key, two(value)));
        return result;
    }

    private static Map<String, Object> nested(Map<String, Map<String, Double>> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, inner) -> result.put(key, amounts(inner)));
        return result;
    }
}
