package org.rgo.ops;

import java.util.Locale;

/** How long one route step took. */
record StepTime(String stepId, long nanos) {

    String describe() {
        return stepId + " " + millis(nanos);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
