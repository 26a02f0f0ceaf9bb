package org.rgo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rgo.gate.Exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data gate through the one-shot command: a held run's reports are written and marked HELD,
 * the reasons printed, exit code 3, no email preview; with rgo.ledger.one-shot-runs the command
 * compares with its last successful run too, so every fault of issue 15, made from the sample and
 * from a generated set, is held with the reason that names its figure.
 */
class OneShotGateTest {

    private static final Path WORK = Path.of("target", "one-shot-gate").toAbsolutePath();

    @Test
    void aHeldRunWritesItsReportsPrintsTheReasonsAndExitsWith3() throws IOException {
        Path root = fresh("held");
        Path truncated = Exports.truncatedLastWeek(Path.of("samples"), root.resolve("truncated"), 0.6, 3);
        Path out = root.resolve("out");

        Printed run = oneShot(root, truncated, out);

        assertEquals(3, run.exitCode());
        assertTrue(run.stdout().contains("Report written to " + out), run.stdout());
        assertTrue(run.stdout().contains("HELD by the data gate"), run.stdout());
        assertTrue(run.stdout().lines().anyMatch(line -> line.startsWith("  - Sales rows")
                && line.contains("rgo.gate.rows.min-ratio")), run.stdout());
        assertEquals("HELD", summary(out).get("gate").get("status").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("HELD by the data gate"));
        assertEquals(List.of(), emlFiles(root.resolve("outbox")), "a held report makes no email preview");
    }

    @Test
    void aHealthyRunExitsWith0AndPrintsNoHold() throws IOException {
        Path root = fresh("healthy");
        Path out = root.resolve("out");

        Printed run = oneShot(root, Path.of("samples"), out);

        assertEquals(0, run.exitCode());
        assertFalse(run.stdout().contains("HELD"), run.stdout());
        assertEquals("PASSED", summary(out).get("gate").get("status").asText());
        assertTrue(emlFiles(root.resolve("outbox")).contains("out.eml"), "the executive preview, with the owners'");
    }

    @Test
    void withTheLedgerOnAnOldWeekAfterANewerOneIsHeldAndPrinted() throws IOException {
        Path root = fresh("ledger-old-week");
        Path old = Exports.oldWeekReexported(Path.of("samples"), root.resolve("old"));

        assertEquals(0, oneShot(root, Path.of("samples"), root.resolve("out-1"), "rgo.ledger.one-shot-runs", "true")
                .exitCode());
        Printed second = oneShot(root, old, root.resolve("out-2"), "rgo.ledger.one-shot-runs", "true");

        assertEquals(3, second.exitCode());
        assertTrue(second.stdout().contains("rgo.gate.as-of.hold-older"), second.stdout());
    }

    /** Base, then each fault, in one process with the durable ledger, as the service sees them. */
    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void everyFaultIsHeldWithTheReasonNamingItsFigure(String baseName) throws IOException {
        Path root = fresh("faults-" + baseName);
        Path base = baseName.equals("sample") ? Exports.sample(root.resolve("base"))
                : Exports.generated(root.resolve("base"), 900, 14, 5, 5, 99, true);
        Map<String, Path> faults = new LinkedHashMap<>();
        faults.put("as-of-week-rows", Exports.truncatedLastWeek(base, root.resolve("truncated"), 0.6, 5));
        faults.put("store-without-sales", Exports.storeMissing(base, root.resolve("store"), Exports.lastStore(base)));
        faults.put("as-of-week-older", Exports.oldWeekReexported(base, root.resolve("old-week")));
        faults.put("column-gone", Exports.columnGone(base, root.resolve("column"), Exports.CUSTOMERS,
                "household_size"));
        faults.put("customers-file-rows", Exports.customersHalved(base, root.resolve("customers-halved")));
        faults.put("as-of-week-spend", Exports.spendTimes100(base, root.resolve("spend-x100")));

        Map<String, List<String>> checks = new LinkedHashMap<>();
        List<String> statuses = new ArrayList<>();
        int exit = OneTimeRun.run(main(root, "rgo.ledger.one-shot-runs", "true"), template -> {
            statuses.add(status(template.request("direct:one-shot", request(base, root.resolve("out-base")))));
            faults.forEach((check, folder) -> {
                Exchange done = template.request("direct:one-shot", request(folder, root.resolve("out-" + check)));
                statuses.add(status(done));
                checks.put(check, checksIn(root.resolve("out-" + check)));
            });
            statuses.add(status(template.request("direct:one-shot", request(base, root.resolve("out-base-again")))));
            return 0;
        });

        assertEquals(0, exit);
        assertEquals("PASSED", statuses.get(0), "the healthy base");
        assertEquals("PASSED", statuses.get(statuses.size() - 1), "the healthy base again, after every held fault");
        assertEquals(List.of("HELD", "HELD", "HELD", "HELD", "HELD", "HELD"), statuses.subList(1, statuses.size() - 1));
        checks.forEach((check, found) -> assertTrue(found.contains(check), check + " not among " + found));
    }

    private record Printed(int exitCode, String stdout) {}

    private static Printed oneShot(Path root, Path data, Path out, String... overrides) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = OneShotCommand.run(new String[] {"run", "--data", data.toString(), "--out", out.toString()},
                    main(root, overrides));
            return new Printed(exit, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private static Main main(Path root, String... overrides) {
        Main main = App.newMain();
        main.addOverrideProperty("rgo.inbox", root.resolve("inbox").toString());
        main.addOverrideProperty("rgo.outbox", root.resolve("outbox").toString());
        main.addOverrideProperty("rgo.data-dir", root.resolve("data").toString());
        for (int i = 0; i < overrides.length; i += 2) {
            main.addOverrideProperty(overrides[i], overrides[i + 1]);
        }
        return main;
    }

    private static org.apache.camel.Processor request(Path data, Path out) {
        return exchange -> {
            exchange.getMessage().setBody(data.toString());
            exchange.getMessage().setHeader("rgoOutputFolder", out.toString());
        };
    }

    private static String status(Exchange done) {
        if (done.getException() != null) {
            throw new AssertionError("the run failed", done.getException());
        }
        return done.getMessage().getHeader("rgoGateStatus", String.class);
    }

    private static List<String> checksIn(Path out) {
        List<String> checks = new ArrayList<>();
        summary(out).get("gate").get("reasons").forEach(reason -> checks.add(reason.get("check").asText()));
        return checks;
    }

    private static JsonNode summary(Path out) {
        try {
            return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> emlFiles(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }

    private static Path fresh(String name) throws IOException {
        Path root = WORK.resolve(name + "-" + System.nanoTime());
        Files.createDirectories(root);
        return root;
    }
}
