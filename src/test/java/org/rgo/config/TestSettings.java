package org.rgo.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Settings for tests: the shipped application.properties with some keys overridden. */
public final class TestSettings {

    private TestSettings() {}

    /** {@code with("rgo.root-cause.mixed", "true", "rgo.portfolio.top-n", "2")}. */
    public static Settings with(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected key, value pairs");
        }
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        Properties defaults = Settings.applicationProperties();
        return Settings.from(new Keys(key -> overrides.getOrDefault(key, defaults.getProperty(key))));
    }

    public static Settings defaults() {
        return with();
    }

    /**
     * Only the named point scale counts: the other three signals of SPEC §4 get an unreachable
     * threshold, so a test of one signal's rows is not blurred by the others.
     */
    public static Settings onlySignal(String signal, String... moreKeysAndValues) {
        Map<String, String> unreachable = new HashMap<>(Map.of(
                "decline-weeks", "1000:1",
                "zero-weeks", "1000:1",
                "velocity", "-1000000:1",
                "volatility", "1000:1"));
        if (unreachable.remove(signal) == null) {
            throw new IllegalArgumentException("unknown signal " + signal);
        }
        String[] pairs = new String[unreachable.size() * 2 + moreKeysAndValues.length];
        int i = 0;
        for (Map.Entry<String, String> e : unreachable.entrySet()) {
            pairs[i++] = "rgo.structural." + e.getKey() + ".points";
            pairs[i++] = e.getValue();
        }
        System.arraycopy(moreKeysAndValues, 0, pairs, i, moreKeysAndValues.length);
        return with(pairs);
    }
}
