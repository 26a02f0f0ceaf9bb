package org.rgo.golden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.golden.GoldenDataSets.CUSTOMERS_MISSING;
import static org.rgo.golden.GoldenDataSets.DUPLICATE_ROWS;
import static org.rgo.golden.GoldenDataSets.GAPS_JOINERS_MOVES;
import static org.rgo.golden.GoldenDataSets.GENERATED_SHUFFLED;
import static org.rgo.golden.GoldenDataSets.GENERATED_SORTED;
import static org.rgo.golden.GoldenDataSets.SAMPLE;
import static org.rgo.golden.GoldenDataSets.SHORT_SERIES;

/**
 * Which data sets are recorded under which option overrides. Not every pair: each combination runs
 * on the sets where its options change something, so the whole matrix stays well under a minute.
 */
public final class GoldenCases {

    /** One combination of configuration overrides, recorded in {@code golden/<name>/<set>/}. */
    public record Options(String name, Map<String, String> overrides, List<String> sets) {

        @Override
        public String toString() {
            return name + (overrides.isEmpty() ? "" : " " + overrides);
        }
    }

    public static final List<Options> ALL = List.of(
            new Options("defaults", Map.of(), GoldenDataSets.ALL),
            new Options("recurrence", ordered("rgo.rei.recurrence", "true"),
                    List.of(SAMPLE, GENERATED_SORTED, GENERATED_SHUFFLED, GAPS_JOINERS_MOVES, SHORT_SERIES,
                            DUPLICATE_ROWS)),
            new Options("mixed-cause-strategic-tier",
                    ordered("rgo.root-cause.mixed", "true", "rgo.tier.strategic-when-loyal", "true"),
                    List.of(SAMPLE, GENERATED_SORTED, GENERATED_SHUFFLED, GAPS_JOINERS_MOVES, CUSTOMERS_MISSING)),
            new Options("no-missing-week-fill", ordered("rgo.sales.fill-missing-weeks", "false"),
                    List.of(SAMPLE, GENERATED_SORTED, GENERATED_SHUFFLED, GAPS_JOINERS_MOVES, SHORT_SERIES,
                            DUPLICATE_ROWS)),
            new Options("stockout-share-0.3",
                    ordered("rgo.stockout.rule", "share", "rgo.stockout.min-share", "0.3"),
                    List.of(SAMPLE, GENERATED_SORTED, GENERATED_SHUFFLED, GAPS_JOINERS_MOVES, DUPLICATE_ROWS)),
            new Options("top5-timeline4-recurrence2",
                    ordered("rgo.portfolio.top-n", "5", "rgo.trend.timeline-weeks", "4", "rgo.rei.recurrence-weeks", "2"),
                    List.of(SAMPLE, GENERATED_SORTED, GAPS_JOINERS_MOVES, SHORT_SERIES)));

    /** The three outputs of SPEC §10 a refactor must keep. */
    public static final String CUSTOMERS_CSV = "customers.csv";
    public static final String INTERVENTIONS_CSV = "interventions.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final List<String> OUTPUTS = List.of(CUSTOMERS_CSV, INTERVENTIONS_CSV, SUMMARY_JSON);

    private GoldenCases() {}

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
