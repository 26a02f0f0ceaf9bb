package org.rgo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.App;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.ops.PlatformJmx.CAMEL;
import static org.rgo.ops.PlatformJmx.camelNames;
import static org.rgo.ops.PlatformJmx.counter;
import static org.rgo.ops.PlatformJmx.orchestrator;

/** The service as an operator sees it over JMX, after the samples were dropped into its inbox. */
@CamelMainTest(mainClass = App.class, useJmx = true, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/ops-test/operations/inbox",
        "rgo.outbox=target/ops-test/operations/outbox",
        "rgo.data-dir=target/ops-test/operations/data",
        "rgo.ingest.quiet-period-ms=200",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.poll-delay-ms=100"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsJmxTest {

    static final Path ROOT = Path.of("target/ops-test/operations");
    static final Path INBOX = ROOT.resolve("inbox");
    static final Path OUTBOX = ROOT.resolve("outbox");
    static final Duration DEADLINE = Duration.ofSeconds(60);
    static final List<String> LAYERS = List.of("revenue-layer", "structural-risk-layer", "root-cause-layer",
            "exposure-layer", "portfolio-layer", "trend-layer", "executive-layer");

    static {
        // before the context starts: its inbox consumer must not see files from an earlier build
        TestFolders.clean(ROOT);
    }

    private boolean samplesRun;

    /** Once per class; not @BeforeAll, because the extension starts the context just before each test. */
    @BeforeEach
    void dropTheSamplesAndWaitForTheirRun() {
        if (samplesRun) {
            return;
        }
        samplesRun = true;
        assertEquals(0L, counter("routes", "ingest", "ExchangesCompleted"));
        assertEquals(Orchestrator.NO_RUN_YET, orchestrator("LastRunStatus"));
        TestFolders.dropAllSamples(INBOX);
        // the ledger says SUCCEEDED a step before the exchange leaves the analyze route
        TestFolders.awaitUntil(DEADLINE, "the orchestrator reports a succeeded run and the analyze route is done",
                () -> "SUCCEEDED".equals(orchestrator("LastRunStatus"))
                        && counter("routes", "analyze", "ExchangesCompleted") == 1);
    }

    @Test
    void routeConsumerAndProcessorMBeansHaveTheYamlIdsAndCountersThatMoveAfterADrop() {
        assertTrue(camelNames("routes").containsAll(List.of("ingest", "run-trigger", "run-staged", "runs", "analyze",
                "report", "one-shot")), camelNames("routes")::toString);
        assertTrue(camelNames("consumers").containsAll(List.of("ingest", "runs", "analyze")),
                camelNames("consumers")::toString);
        assertTrue(camelNames("processors").containsAll(LAYERS), camelNames("processors")::toString);
        assertEquals("ingest", PlatformJmx.attribute(CAMEL + "type=consumers,name=\"ingest\"", "RouteId"));
        assertEquals("Started", PlatformJmx.attribute(CAMEL + "type=consumers,name=\"ingest\"", "State"));
        assertTrue(counter("routes", "analyze", "ExchangesCompleted") >= 1);
        for (String layer : LAYERS) {
            assertTrue(counter("processors", layer, "ExchangesCompleted") >= 1, layer);
        }

        long ingested = counter("routes", "ingest", "ExchangesCompleted");
        long staged = counter("processors", "read-and-stage", "ExchangesCompleted");
        long failed = counter("routes", "ingest", "ExchangesFailed");
        TestFolders.drop("retail_customers.csv", INBOX, "retail_customers.csv");
        TestFolders.awaitUntil(DEADLINE, "the ingest route completes one more exchange",
                () -> counter("routes", "ingest", "ExchangesCompleted") == ingested + 1);
        assertEquals(staged + 1, counter("processors", "read-and-stage", "ExchangesCompleted"));
        assertEquals(failed, counter("routes", "ingest", "ExchangesFailed"));
    }

    @Test
    void orchestratorAttributesReflectTheLastRun() throws IOException {
        String folder = (String) orchestrator("LastOutputFolder");
        JsonNode summary = new ObjectMapper().readTree(Path.of(folder, "summary.json").toFile());

        assertEquals("SUCCEEDED", orchestrator("LastRunStatus"));
        assertEquals(OUTBOX.toAbsolutePath(), Path.of(folder).toAbsolutePath().getParent());
        assertEquals(summary.get("as_of_week").asText(), orchestrator("LastAsOfWeek"));
        assertEquals(summary.get("total_rei").asDouble(), (Double) orchestrator("LastTotalRei"), 0.005);
        assertEquals(summary.get("total_gap").asDouble(), (Double) orchestrator("LastTotalGap"), 0.005);
        assertEquals(summary.get("customer_count_with_gaps").asInt(), orchestrator("LastCustomersAtRisk"));
        assertEquals(summary.get("verdict").asText(), orchestrator("LastVerdict"));
        assertTrue(((String) orchestrator("LastRunId")).length() > 0);
        assertTrue(Instant.parse((String) orchestrator("LastRunTime")).isBefore(Instant.now()));
        assertTrue((Long) orchestrator("LastRunDurationMillis") >= 0);
        assertEquals(null, orchestrator("LastError"));

        List<String> steps = Arrays.asList((String[]) orchestrator("LastRunStepTimes"));
        for (String layer : LAYERS) {
            assertTrue(steps.stream().anyMatch(step -> step.startsWith(layer + " ")), () -> layer + " in " + steps);
        }
        List<String> staged = Arrays.asList((String[]) orchestrator("StagedFiles"));
        assertEquals(3, staged.size());
        for (String name : List.of("retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv")) {
            assertTrue(staged.stream().anyMatch(line -> line.contains(name) && line.contains(" ago)")),
                    () -> name + " in " + staged);
        }
        assertEquals(0, ((String[]) orchestrator("MissingDataSets")).length);
    }

    @Test
    void pendingEmailsCountsTheEmlFilesWaitingInTheOutbox() throws IOException {
        Path pending = OUTBOX.resolve("mail/pending");
        Files.createDirectories(pending);
        int before = (Integer) orchestrator("PendingEmails");
        Files.writeString(pending.resolve("pending-test-" + System.nanoTime() + ".eml"), "Subject: test\r\n\r\n");
        Files.writeString(pending.resolve("notes.txt"), "not an email");
        assertEquals(before + 1, orchestrator("PendingEmails"));
    }

    @Test
    void runNowMakesANewRunFolder() throws Exception {
        String lastRun = (String) orchestrator("LastRunId");
        List<Path> before = TestFolders.runFolders(OUTBOX);

        String answer = (String) PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow");

        List<Path> after = TestFolders.runFolders(OUTBOX);
        assertEquals(before.size() + 1, after.size(), after::toString);
        Path created = after.stream().filter(folder -> !before.contains(folder)).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(created.resolve("summary.json")));
        assertNotEquals(lastRun, orchestrator("LastRunId"));
        assertEquals(created.toAbsolutePath(), Path.of((String) orchestrator("LastOutputFolder")).toAbsolutePath());
        assertTrue(answer.contains((String) orchestrator("LastRunId")) && answer.contains("SUCCEEDED"), answer);
    }

    @Test
    void aRejectedFileIsListedWithoutItsReasonFile() {
        Path broken = INBOX.resolve("retail_customers_broken.csv");
        TestFolders.awaitUntil(DEADLINE, "the broken file is written", () -> {
            try {
                Files.writeString(broken, "id,age\n1,56\n");
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        TestFolders.awaitUntil(DEADLINE, "the broken file is listed as rejected",
                () -> Arrays.stream((String[]) orchestrator("RejectedFiles"))
                        .anyMatch(name -> name.startsWith("retail_customers_broken.")));

        String[] rejected = (String[]) orchestrator("RejectedFiles");
        assertFalse(Arrays.stream(rejected).anyMatch(name -> name.endsWith(".error.txt")), Arrays.toString(rejected));
        assertEquals(rejected.length, orchestrator("RejectedFileCount"));
        assertTrue(Files.isRegularFile(INBOX.resolve(".error").resolve(rejected[0] + ".error.txt")));
    }

    @Test
    void healthChecksForFoldersLedgerAndMailAreVisibleOverJmx() throws Exception {
        String health = CAMEL + "type=health,name=DefaultHealthCheck";
        Map<String, CompositeData> checks = new HashMap<>();
        TabularData details = (TabularData) PlatformJmx.invoke(health, "details");
        for (Object row : details.values()) {
            CompositeData check = (CompositeData) row;
            checks.put((String) check.get("id"), check);
        }

        for (String id : List.of("rgo-inbox", "rgo-outbox", "rgo-ledger")) {
            assertEquals("UP", checks.get(id).get("state"), id);
            assertEquals(true, checks.get(id).get("readiness"), id);
            assertEquals(true, checks.get(id).get("liveness"), id);
        }
        CompositeData smtp = checks.get("rgo-smtp");
        assertEquals("UP", smtp.get("state"));
        assertEquals(SmtpCheck.NO_HOST_WARNING, smtp.get("message"));
        assertEquals(false, smtp.get("liveness"));
        assertEquals(true, PlatformJmx.attribute(health, "HealthyReadiness"));
        assertEquals(true, PlatformJmx.attribute(health, "HealthyLiveness"));
    }
}
