package org.rgo.report;

import org.rgo.layers.ChurnRiskBucket;
import org.rgo.layers.RootCause;
import org.rgo.layers.StructuralTier;
import org.rgo.layers.Tier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words report.html and report.md use for SPEC's codes (summary.json and the CSVs keep the
 * codes): "Operational stockout" for operational_stockout, "High value" for the high tier. Data
 * values (store ids, regions) are shown as they are.
 */
public final class Labels {

    private static final Map<String, String> ROOT_CAUSES = words(RootCause.values(), RootCause::label, cause ->
            switch (cause) {
                case BEHAVIORAL_CHURN -> "Behavioral churn";
                case OPERATIONAL_STOCKOUT -> "Operational stockout";
                case MIXED_OPERATIONAL_STRUCTURAL -> "Mixed operational and structural";
                case STRUCTURAL_DECLINE -> "Structural decline";
                case DEMAND_SOFTNESS -> "Demand softness";
            });
    private static final Map<String, String> TIERS = words(Tier.values(), Tier::label, tier ->
            switch (tier) {
                case STANDARD -> "Standard";
                case HIGH -> "High value";
                case STRATEGIC -> "Strategic";
            });
    private static final Map<String, String> SEGMENT_COLUMNS = Map.of(
            "region", "Region", "product_category", "Product category", "loyalty_member", "Loyalty member");

    private Labels() {}

    private static <E> Map<String, String> words(E[] values, Function<E, String> code, Function<E, String> word) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(code, word));
    }

    /** "Operational stockout" for operational_stockout; an unknown code is shown as it is. */
    public static String rootCause(String code) {
        return ROOT_CAUSES.getOrDefault(code, code);
    }

    public static String rootCause(RootCause cause) {
        return rootCause(cause.label());
    }

    /** "Standard", "High value", "Strategic". */
    public static String tier(String code) {
        return TIERS.getOrDefault(code, code);
    }

    public static String tier(Tier tier) {
        return tier(tier.label());
    }

    /** "Low", "Medium", "High", "Critical". */
    public static String churnRisk(ChurnRiskBucket bucket) {
        return capitalised(bucket.label());
    }

    /** "None", "Moderate", "High", "Severe". */
    public static String structuralTier(StructuralTier tier) {
        return capitalised(tier.label());
    }

    /** A segment column's name in words ("Product category"); a configured column we do not know, capitalised. */
    public static String segmentColumn(String column) {
        return SEGMENT_COLUMNS.getOrDefault(column, capitalised(column.replace('_', ' ')));
    }

    /** A segment value: loyalty_member's true/false in words, any other value as the data has it. */
    public static String segmentValue(String column, String value) {
        if (column.equals("loyalty_member")) {
            return switch (value) {
                case "true" -> "Member";
                case "false" -> "Not a member";
                default -> value;
            };
        }
        return value;
    }

    /** Keys of a breakdown map in words, order kept. */
    static Map<String, Double> keys(Map<String, Double> values, Function<String, String> words) {
        Map<String, Double> renamed = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> renamed.merge(words.apply(key), value, Double::sum));
        return renamed;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
