package org.rgo.ops;

import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;
import org.rgo.App;

import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.ops.PlatformJmx.CAMEL;
import static org.rgo.ops.PlatformJmx.orchestrator;

/** The outbox is a file, so every run fails writing its reports: what does an operator see? */
@CamelMainTest(mainClass = App.class, useJmx = true, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/ops-test/failing/inbox",
        "rgo.outbox=target/ops-test/failing/outbox-is-a-file",
        "rgo.data-dir=target/ops-test/failing/data",
        "rgo.ingest.quiet-period-ms=200",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.poll-delay-ms=100"})
class FailingRunJmxTest {

    static final Path ROOT = Path.of("target/ops-test/failing");

    static {
        // before the context starts: its inbox consumer must not see files from an earlier build
        TestFolders.clean(ROOT);
        try {
            Files.createDirectories(ROOT);
            Files.writeString(ROOT.resolve("outbox-is-a-file"), "not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFailingRunShowsInTheStepTimesTheRunNowAnswerAndTheOutboxHealth() throws Exception {
        awaitAFinishedRun();

        List<String> steps = Arrays.asList((String[]) orchestrator("LastRunStepTimes"));
        assertTrue(steps.get(steps.size() - 1).startsWith("write-outputs "), steps::toString);

        RuntimeMBeanException thrown = assertThrows(RuntimeMBeanException.class,
                () -> PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow"));
        IllegalStateException reason = assertInstanceOf(IllegalStateException.class, thrown.getTargetException());
        assertTrue(reason.getMessage().matches("Run \\S+ failed: cannot write the run's reports into .+"),
                reason.getMessage());

        String health = CAMEL + "type=health,name=DefaultHealthCheck";
        TabularData details = (TabularData) PlatformJmx.invoke(health, "details");
        CompositeData outbox = details.values().stream().map(CompositeData.class::cast)
                .filter(check -> "rgo-outbox".equals(check.get("id"))).findFirst().orElseThrow();
        assertEquals("DOWN", outbox.get("state"));
        assertTrue(((String) outbox.get("message")).endsWith("outbox-is-a-file is not a folder"),
                (String) outbox.get("message"));
        assertEquals(false, PlatformJmx.attribute(health, "HealthyReadiness"));
    }

    @Test
    void aRunThatFailsWritingItsReportsIsRecordedAsFailed() {
        awaitAFinishedRun();
        TestFolders.awaitUntil(Duration.ofSeconds(10), "the ledger records the failure",
                () -> "FAILED".equals(orchestrator("LastRunStatus")));

        assertTrue(((String) orchestrator("LastError")).startsWith("cannot write the run's reports"));
        assertEquals("2025-11-22", orchestrator("LastAsOfWeek"));
        assertNull(orchestrator("LastTotalRei"), "a failed run has no totals");
    }

    private static void awaitAFinishedRun() {
        TestFolders.dropAllSamples(ROOT.resolve("inbox"));
        TestFolders.awaitUntil(Duration.ofSeconds(60), "a run has finished",
                () -> ((String[]) orchestrator("LastRunStepTimes")).length > 0);
    }
}
