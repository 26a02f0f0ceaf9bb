package org.rgo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Await;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.ops.PlatformJmx.CAMEL;
import static org.rgo.ops.PlatformJmx.camelNames;
import static org.rgo.ops.PlatformJmx.counter;
import static org.rgo.ops.PlatformJmx.orchestrator;

/** The service as an operator sees it over JMX, after the sample was dropped into its inbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsJmxTest {

    static final List<String> LAYERS = List.of("revenue-layer", "structural-risk-layer", "root-cause-layer",
            "exposure-layer", "portfolio-layer", "trend-layer", "executive-layer");

    private final Service service = Service.in("ops/operations");
    private final Inbox inbox = service.inbox();

    @BeforeAll
    void startAndRunTheSample() throws Exception {
        service.start();
        assertEquals(0L, counter("routes", "ingest", "ExchangesCompleted"));
        assertEquals(Orchestrator.NO_RUN_YET, orchestrator("LastRunStatus"));
        service.runOnSample();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void routeConsumerAndProcessorMBeansHaveTheYamlIdsAndCountersThatMoveAfterADrop() throws Exception {
        assertTrue(camelNames("routes").containsAll(List.of("ingest", "run-trigger", "run-staged", "runs", "analyze",
                "report", "one-shot")), camelNames("routes")::toString);
        assertTrue(camelNames("consumers").containsAll(List.of("ingest", "runs", "analyze")),
                camelNames("consumers")::toString);
        assertTrue(camelNames("processors").containsAll(LAYERS), camelNames("processors")::toString);
        assertEquals("ingest", PlatformJmx.attribute(CAMEL + "type=consumers,name=\"ingest\"", "RouteId"));
        assertEquals("Started", PlatformJmx.attribute(CAMEL + "type=consumers,name=\"ingest\"", "State"));
        // the sample's 200 customers are one chunk: each layer sees one exchange per run
        long runs = service.runs().size();
        assertEquals(runs, counter("routes", "analyze", "ExchangesCompleted"));
        for (String layer : LAYERS) {
            assertEquals(runs, counter("processors", layer, "ExchangesCompleted"), layer);
        }

        long ingested = counter("routes", "ingest", "ExchangesCompleted");
        long staged = counter("processors", "read-and-stage", "ExchangesCompleted");
        long failed = counter("routes", "ingest", "ExchangesFailed");
        Await.routeDone(service.context(), "ingest", 1, () -> inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS)));
        assertEquals(ingested + 1, counter("routes", "ingest", "ExchangesCompleted"));
        assertEquals(staged + 1, counter("processors", "read-and-stage", "ExchangesCompleted"));
        assertEquals(failed, counter("routes", "ingest", "ExchangesFailed"));
    }

    @Test
    void orchestratorAttributesReflectTheLastRun() throws IOException {
        RunRecord last = service.runs().get(0);
        JsonNode summary = new ObjectMapper().readTree(Path.of(last.outputFolder(), "summary.json").toFile());

        assertEquals("SUCCEEDED", orchestrator("LastRunStatus"));
        assertEquals(last.runId(), orchestrator("LastRunId"));
        assertEquals(last.outputFolder(), orchestrator("LastOutputFolder"));
        assertEquals(service.outbox(), Path.of(last.outputFolder()).getParent());
        assertEquals(last.startedAt().toString(), orchestrator("LastRunTime"));
        assertEquals(last.durationMillis(), orchestrator("LastRunDurationMillis"));
        assertEquals(summary.get("as_of_week").asText(), orchestrator("LastAsOfWeek"));
        assertEquals(summary.get("total_rei").asDouble(), (Double) orchestrator("LastTotalRei"), 0.005);
        assertEquals(summary.get("total_gap").asDouble(), (Double) orchestrator("LastTotalGap"), 0.005);
        assertEquals(summary.get("customer_count_with_gaps").asInt(), orchestrator("LastCustomersAtRisk"));
        assertEquals(summary.get("verdict").asText(), orchestrator("LastVerdict"));
        assertEquals(null, orchestrator("LastError"));

        List<String> steps = Arrays.asList((String[]) orchestrator("LastRunStepTimes"));
        for (String layer : LAYERS) {
            assertTrue(steps.stream().anyMatch(step -> step.startsWith(layer + " ")), () -> layer + " in " + steps);
        }
        List<String> staged = Arrays.asList((String[]) orchestrator("StagedFiles"));
        List<String> dataSets = List.of("retail_customers", "retail_weekly_sales", "stock_availability");
        assertEquals(dataSets.size(), staged.size(), staged::toString);
        for (int i = 0; i < dataSets.size(); i++) {
            String line = dataSets.get(i) + ": " + dataSets.get(i) + "\\.csv, staged \\d{4}-\\d\\d-\\d\\dT\\S+Z"
                    + " \\(\\d+[dhms]( \\d+[hms])? ago\\)";
            assertTrue(staged.get(i).matches(line), staged.get(i) + " should match " + line);
        }
        assertEquals(List.of(), Arrays.asList((String[]) orchestrator("MissingDataSets")));
    }

    @Test
    void pendingEmailsCountsTheEmlFilesWaitingInTheOutbox() throws IOException {
        Path pending = Files.createDirectories(service.mailDir().resolve("pending"));
        int before = (Integer) orchestrator("PendingEmails");
        Files.writeString(pending.resolve("pending-test-" + System.nanoTime() + ".eml"), "Subject: test\r\n\r\n");
        Files.writeString(pending.resolve("notes.txt"), "not an email");
        assertEquals(before + 1, orchestrator("PendingEmails"));
    }

    @Test
    void runNowMakesANewRunFolderAndSaysWhere() throws Exception {
        List<Path> before = service.runFolders();

        String answer = (String) PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow");

        RunRecord run = service.runs().get(0);
        Path created = Path.of(run.outputFolder());
        assertEquals("Run " + run.runId() + " SUCCEEDED: as-of 2025-11-22, verdict " + run.verdict() + ", report in "
                + created, answer);
        assertEquals(run.runId(), orchestrator("LastRunId"));
        assertEquals(created.toString(), orchestrator("LastOutputFolder"));
        List<Path> after = service.runFolders();
        assertEquals(List.of(created), after.stream().filter(folder -> !before.contains(folder)).toList());
        assertTrue(Files.isRegularFile(created.resolve("summary.json")));
    }

    @Test
    void aRejectedFileIsListedWithoutItsReasonFile() {
        inbox.drop("retail_customers_broken.csv", "id,age\n1,56\n");
        inbox.awaitRejection("retail_customers_broken");

        List<String> kept = Folders.names(inbox.error()).stream().filter(name -> !name.endsWith(".error.txt")).toList();
        assertEquals(1, kept.size(), kept::toString);
        assertTrue(kept.get(0).startsWith("retail_customers_broken."), kept::toString);
        assertEquals(kept, Arrays.asList((String[]) orchestrator("RejectedFiles")));
        assertEquals(1, orchestrator("RejectedFileCount"));
        assertTrue(Files.isRegularFile(inbox.error().resolve(kept.get(0) + ".error.txt")));
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
