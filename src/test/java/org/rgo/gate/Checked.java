package org.rgo.gate;

import org.rgo.config.Keys;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportReader;
import org.rgo.pipeline.RunStep;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A folder's exports read as the one-shot command reads them (RunStep, ExportReader), profiled and
 * checked by the gate with the shipped thresholds, or with some keys overridden; no Camel.
 */
final class Checked {

    private Checked() {}

    static GateSettings settings(String... keysAndValues) {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        Properties defaults = Settings.applicationProperties();
        return GateSettings.from(new Keys(key -> overrides.getOrDefault(key, defaults.getProperty(key))), 50);
    }

    static Dataset read(Path folder) {
        Settings settings = TestSettings.defaults();
        return new RunStep(settings, new ExportReader(settings, 50, 1040, Long.MAX_VALUE), null, 0)
                .fromFolder(folder.toString()).data();
    }

    static DataProfile profile(Path folder) {
        return Profiler.of(read(folder), settings().historyWeeks());
    }

    /** The gate on a folder with no earlier run. */
    static GateResult alone(Path folder) {
        return new Gate(settings()).check(profile(folder), Optional.empty());
    }

    /** The gate on a folder after a successful run on {@code before}, as the ledger keeps that run. */
    static GateResult after(Path before, Path folder) {
        DataProfile previous = ProfileText.read(ProfileText.write(profile(before).kept()));
        return new Gate(settings()).check(profile(folder),
                Optional.of(new LastRun("previous-run", previous.asOfWeek(), Optional.of(previous), null)));
    }

    static List<String> checks(GateResult result) {
        return result.reasons().stream().map(GateReason::check).distinct().toList();
    }
}
