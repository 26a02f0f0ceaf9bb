package org.rgo;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rgo.golden.GoldenCases;
import org.rgo.golden.GoldenDataSets;
import org.rgo.golden.GoldenOutputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Freezes today's outputs (src/test/resources/golden/README.md): every recorded (option
 * combination, data set) runs through the one-shot route of the real Camel wiring, and
 * customers.csv, interventions.csv and summary.json (less its data_snapshot_utc line) must equal
 * the golden files byte for byte. A refactor of the analysis passes only by keeping them so.
 */
class GoldenOutputsTest {

    private static final Path WORK = Path.of("target", "golden").toAbsolutePath();
    private static final Path INPUTS = WORK.resolve("inputs");

    private static Map<String, String> recordedInputHashes;
    private static Map<String, String> inputHashes;

    @BeforeAll
    static void writeTheRecordedInputs() throws IOException {
        GoldenDataSets.writeAll(INPUTS, Path.of("samples"));
        inputHashes = GoldenDataSets.sha256(INPUTS);
        recordedInputHashes = GoldenDataSets.parseManifest(
                Files.readAllLines(GoldenOutputs.ROOT.resolve(GoldenOutputs.MANIFEST)));
    }

    static Stream<GoldenCases.Options> optionCombinations() {
        return GoldenCases.ALL.stream();
    }

    static Stream<GoldenCases.Options> combinationsWithBothRowOrders() {
        return GoldenCases.ALL.stream().filter(options -> options.sets().containsAll(
                List.of(GoldenDataSets.GENERATED_SORTED, GoldenDataSets.GENERATED_SHUFFLED)));
    }

    /** One Camel Main per option combination, all its data sets run in it one after another. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optionCombinations")
    void outputsAreTheRecordedOnes(GoldenCases.Options options) {
        Path runRoot = WORK.resolve("runs").resolve(options.name());
        GoldenDataSets.emptied(runRoot);
        Map<String, String> runFailures = new LinkedHashMap<>();
        int exit = OneTimeRun.run(mainWith(options, runRoot), template -> {
            for (String set : options.sets()) {
                try {
                    template.requestBodyAndHeader("direct:one-shot", INPUTS.resolve(set).toString(),
                            "rgoOutputFolder", outputFolder(runRoot, set).toString());
                } catch (CamelExecutionException e) {
                    runFailures.put(set, String.valueOf(e.getCause() != null ? e.getCause() : e));
                }
            }
            return 0;
        });
        assertEquals(0, exit, "Camel Main failed to start or stop for " + options + " (see the log above)");

        List<Executable> checks = new ArrayList<>();
        for (String set : options.sets()) {
            String caseName = "[" + options + "] set " + set;
            List<String> changedInputs = changedInputs(set);
            if (!changedInputs.isEmpty()) {
                checks.add(() -> fail(caseName + ": the inputs are not the ones the golden outputs were recorded from"
                        + " (the generator or GoldenDataSets changed; outputs not compared):\n  "
                        + String.join("\n  ", changedInputs)));
            } else if (runFailures.containsKey(set)) {
                checks.add(() -> fail(caseName + ": the run failed: " + runFailures.get(set)));
            } else {
                for (String output : GoldenCases.OUTPUTS) {
                    Path golden = GoldenOutputs.goldenFile(GoldenOutputs.ROOT.resolve(options.name()).resolve(set), output);
                    Path actual = outputFolder(runRoot, set).resolve(output);
                    checks.add(() -> GoldenOutputs.difference(caseName + ", " + output, golden, actual)
                            .ifPresent(message -> fail(message)));
                }
            }
        }
        assertAll(options.toString(), checks);
    }

    /**
     * The sorted and the shuffled export of one generated set were recorded with the same outputs:
     * today's code does not depend on row order, and the fixtures say so for the rewrite.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combinationsWithBothRowOrders")
    void rowOrderDidNotChangeTheRecordedOutputs(GoldenCases.Options options) {
        Path folder = GoldenDataSets.emptied(WORK.resolve("row-order").resolve(options.name()));
        Path recorded = GoldenOutputs.ROOT.resolve(options.name());
        List<Executable> checks = new ArrayList<>();
        for (String output : GoldenCases.OUTPUTS) {
            Path shuffled = folder.resolve(output);
            writeBytes(shuffled, GoldenOutputs.goldenBytes(
                    GoldenOutputs.goldenFile(recorded.resolve(GoldenDataSets.GENERATED_SHUFFLED), output)));
            Path sorted = GoldenOutputs.goldenFile(recorded.resolve(GoldenDataSets.GENERATED_SORTED), output);
            checks.add(() -> GoldenOutputs.difference("[" + options + "] golden " + output + " of "
                    + GoldenDataSets.GENERATED_SHUFFLED + " against " + GoldenDataSets.GENERATED_SORTED, sorted, shuffled)
                    .ifPresent(message -> fail(message)));
        }
        assertAll(options.toString(), checks);
    }

    private static Main mainWith(GoldenCases.Options options, Path runRoot) {
        Main main = App.newMain();
        // the one-shot run reads and writes only its own folders, but the wiring still names an
        // inbox, an outbox (the mail preview lands there) and a data folder: all under target/
        main.addOverrideProperty("rgo.inbox", runRoot.resolve("inbox").toString());
        main.addOverrideProperty("rgo.outbox", runRoot.resolve("outbox").toString());
        main.addOverrideProperty("rgo.data-dir", runRoot.resolve("data").toString());
        options.overrides().forEach(main::addOverrideProperty);
        return main;
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path outputFolder(Path runRoot, String set) {
        return runRoot.resolve("out").resolve(set);
    }

    /** "file: sha256 now X, recorded Y" for each input of {@code set} that is not as recorded. */
    private static List<String> changedInputs(String set) {
        List<String> changed = new ArrayList<>();
        for (String file : GoldenDataSets.FILES) {
            String key = set + "/" + file;
            String now = inputHashes.get(key);
            String recorded = recordedInputHashes.get(key);
            if (!now.equals(recorded)) {
                changed.add(key + ": sha256 now " + now + ", recorded " + recorded);
            }
        }
        return changed;
    }
}
