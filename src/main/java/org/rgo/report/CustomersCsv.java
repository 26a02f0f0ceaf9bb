package org.rgo.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.rgo.layers.CustomerResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import static org.rgo.report.Formats.safeCsvText;

/** customers.csv and interventions.csv, columns in SPEC §10's order. */
public final class CustomersCsv {

    public static final List<String> COLUMNS = List.of("customer_id", "store_id", "tier", "current_revenue",
            "baseline_revenue", "gap_amount", "decline_percent", "consecutive_decline_weeks",
            "consecutive_zero_spend_weeks", "decline_velocity_percent", "revenue_volatility_score",
            "baseline_variance_percent", "structural_risk_score", "structural_tier", "stockout_overlap_weeks",
            "percent_gap_due_to_stockout", "stockout_impact_flag", "demand_drop_flag", "mixed_cause_flag",
            "root_cause", "churn_risk_bucket", "recurrence_score", "exposure_index", "owner", "recommended_action");

    private CustomersCsv() {}

    public static void write(List<CustomerResult> rows, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (CustomerResult r : rows) {
            csv.writeRecord(
                    safeCsvText(r.customerId()),
                    safeCsvText(r.storeId()),
                    r.revenue().tier().label(),
                    PlainDecimal.two(r.revenue().currentRevenue()),
                    PlainDecimal.two(r.revenue().baselineRevenue()),
                    PlainDecimal.two(r.revenue().gapAmount()),
                    PlainDecimal.two(r.revenue().declinePercent()),
                    Integer.toString(r.structural().consecutiveDeclineWeeks()),
                    Integer.toString(r.structural().consecutiveZeroSpendWeeks()),
                    PlainDecimal.two(r.structural().declineVelocityPercent()),
                    PlainDecimal.four(r.structural().revenueVolatilityScore()),
                    PlainDecimal.two(r.structural().baselineVariancePercent()),
                    Integer.toString(r.structural().structuralRiskScore()),
                    r.structural().structuralTier().label(),
                    Integer.toString(r.attribution().stockoutOverlapWeeks()),
                    PlainDecimal.four(r.attribution().percentGapDueToStockout()),
                    Boolean.toString(r.attribution().stockoutImpactFlag()),
                    Boolean.toString(r.attribution().demandDropFlag()),
                    Boolean.toString(r.attribution().mixedCauseFlag()),
                    r.attribution().rootCause().label(),
                    r.exposure().churnRiskBucket().label(),
                    Integer.toString(r.exposure().recurrenceScore()),
                    PlainDecimal.two(r.exposure().exposureIndex()),
                    r.attribution().rootCause().owner(),
                    r.attribution().rootCause().recommendedAction());
        }
        csv.flush();
    }
}
