package org.rgo.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.rgo.layers.CustomerResult;
import org.rgo.layers.CustomerRows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.IntStream;

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

    /** How many blocks are evaluated and formatted on all cores at once, then written in order. */
    private static final int BLOCKS_PER_WAVE = 16;

    /** Every row of {@code rows}, blocks formatted on all cores a wave at a time and written in order. */
    public static void write(CustomerRows rows, Writer out) throws IOException {
        write(rows, out, null);
    }

    /**
     * Every row of {@code rows}, and each row also into its owner's action list when {@code actions}
     * is given: one evaluation of each block feeds both.
     */
    public static void write(CustomerRows rows, Writer out, ActionLists actions) throws IOException {
        header(out);
        if (actions != null) {
            actions.writeHeaders();
        }
        int blocks = rows.blockCount();
        for (int wave = 0; wave < blocks; wave += BLOCKS_PER_WAVE) {
            int first = wave;
            String[] text = new String[Math.min(BLOCKS_PER_WAVE, blocks - wave)];
            ActionLists.Block[] owners = new ActionLists.Block[text.length];
            IntStream.range(0, text.length).parallel().forEach(b -> {
                List<CustomerResult> block = rows.block(first + b);
                text[b] = block(block);
                if (actions != null) {
                    owners[b] = actions.format(block);
                }
            });
            for (int b = 0; b < text.length; b++) {
                out.write(text[b]);
                if (actions != null) {
                    actions.write(owners[b]);
                }
            }
        }
        out.flush();
        if (actions != null) {
            actions.flushAll();
        }
    }

    /** A few rows, e.g. interventions.csv. */
    public static void write(List<CustomerResult> rows, Writer out) throws IOException {
        header(out);
        out.write(block(rows));
        out.flush();
    }

    private static void header(Writer out) throws IOException {
        CsvWriter header = csvWriter(out);
        header.writeRecord(COLUMNS);
        header.flush();
    }

    /** The same writer settings for every block, so the blocks join into what one writer would write. */
    private static CsvWriter csvWriter(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    private static String block(List<CustomerResult> rows) {
        StringWriter text = new StringWriter(rows.size() * 224);
        CsvWriter csv = csvWriter(text);
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
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
