package org.rgo.delivery;

import org.rgo.report.Formats;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject line from the {@code rgo.mail.subject} template: {verdict}, {as_of_week},
 * {total_rei}, {total_gap} and {customers_at_risk} are replaced by the run's figures.
 */
final class ReportSubject {

    private static final Pattern FIELD = Pattern.compile("\\{([a-z_]+)}");
    private static final Set<String> FIELDS = Set.of(
            "verdict", "as_of_week", "total_rei", "total_gap", "customers_at_risk");

    private ReportSubject() {}

    /** Fails on a placeholder the template cannot fill, so a typo shows at start-up, not in an inbox. */
    static void check(String template) {
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1))) {
                throw new IllegalStateException("configuration key rgo.mail.subject: unknown field {" + m.group(1)
                        + "}; known: " + FIELDS);
            }
        }
    }

    static String of(String template, RunSummary run) {
        Map<String, String> values = Map.of(
                "verdict", run.verdict(),
                "as_of_week", run.asOfWeek(),
                "total_rei", Formats.money(run.totalRei()),
                "total_gap", Formats.money(run.totalGap()),
                "customers_at_risk", Integer.toString(run.customersAtRisk()));
        return FIELD.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }
}
