package org.rgo.gate;

/**
 * Why the gate held a run: which check, the figure it measured and its value, the range it
 * expected, and the configuration key (with its value) that sets the range.
 *
 * @param check        a stable id of the check, e.g. {@code as-of-week-rows}
 * @param figure       what was measured, in words, e.g. "sales rows in as-of week 2025-11-22"
 * @param value        the figure's value as found
 * @param expected     the range it should have been in, with where the range comes from
 * @param thresholdKey the rgo.gate.* key that sets the range
 * @param threshold    that key's value
 * @param message      one sentence for the log, the report and the operators' mail
 */
public record GateReason(String check, String figure, String value, String expected, String thresholdKey,
                         String threshold, String message) {

    static GateReason of(String check, String figure, String value, String expected, String thresholdKey,
                         Object threshold, String advice) {
        String limit = threshold instanceof Double number ? plain(number) : String.valueOf(threshold);
        String message = capitalised(figure) + ": " + value + ", expected " + expected + " [" + thresholdKey + " = "
                + limit + "]." + (advice.isEmpty() ? "" : " " + capitalised(advice) + ".");
        return new GateReason(check, figure, value, expected, thresholdKey, limit, message);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
