package org.rgo.ops;

import java.util.Locale;

/** How long one route step took in a run, summed over every time it ran (once per chunk for the layers). */
record StepTime(String stepId, long nanos, int times) {

    String describe() {
        return stepId + " " + millis(nanos) + (times > 1 ? " in " + times + " chunks" : "");
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
