package org.rgo.ops;

import org.junit.jupiter.api.Test;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Await;
import org.rgo.support.Inbox;
import org.rgo.support.LogCapture;
import org.rgo.support.Service;

import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.ops.PlatformJmx.CAMEL;
import static org.rgo.ops.PlatformJmx.orchestrator;

/**
 * An outbox that cannot be written fails the run loudly (ledger FAILED, an ERROR log line, the
 * orchestrator MBean, runNow's answer, the outbox health check) and keeps every input: once the
 * outbox is fixed, the same staged set runs without dropping anything again. The outbox is made
 * unwritable by putting a file where its folder should be: that holds even for root, which file
 * permissions would not stop. No retry in the background (StagingAreaRetryTest covers the retry
 * delay): the test says when a run happens.
 */
class FailingRunJmxTest {

    private static final String HEALTH = CAMEL + "type=health,name=DefaultHealthCheck";

    @Test
    void anUnwritableOutboxFailsRunsLoudlyKeepsTheInputsAndTheSameSetRunsOnceItIsFixed() throws Exception {
        Service configured = Service.in("ops/failing-run").with("rgo.run.retry-delay-ms", "3600000");
        Path outbox = Files.writeString(configured.outbox(), "a file where the outbox folder should be");
        try (LogCapture log = new LogCapture(); Service service = configured.start()) {
            Inbox inbox = service.inbox();
            inbox.dropSample();

            RunRecord failed = service.awaitRun(RunRecord.Status.FAILED);
            assertTrue(failed.error().startsWith("cannot write the run's reports into " + outbox), failed.error());
            Await.until("the ERROR log line", () -> log.text().contains("ERROR")
                    && log.text().contains("Run " + failed.runId() + " failed: cannot write the run's reports"));
            assertEquals("", inbox.lastRun(), "the failed set is not marked as run");
            for (String dataSet : List.of("retail_customers", "retail_weekly_sales", "stock_availability")) {
                assertEquals(1, inbox.doneCount(dataSet), dataSet + " accepted once, and kept");
                assertTrue(Files.isRegularFile(inbox.staging().resolve(dataSet + ".csv")), dataSet + " stays staged");
            }

            // what an operator sees: the last run failed writing its reports
            assertEquals("FAILED", orchestrator("LastRunStatus"));
            assertTrue(((String) orchestrator("LastError")).startsWith("cannot write the run's reports into " + outbox));
            assertEquals("2025-11-22", orchestrator("LastAsOfWeek"));
            assertNull(orchestrator("LastTotalRei"), "a failed run has no totals");
            List<String> steps = Arrays.asList((String[]) orchestrator("LastRunStepTimes"));
            assertTrue(steps.get(steps.size() - 1).startsWith("write-outputs "), steps::toString);
            RuntimeMBeanException thrown = assertThrows(RuntimeMBeanException.class,
                    () -> PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow"));
            IllegalStateException reason = assertInstanceOf(IllegalStateException.class, thrown.getTargetException());
            assertTrue(reason.getMessage().matches("Run \\S+ failed: cannot write the run's reports into .+"),
                    reason.getMessage());
            CompositeData outboxHealth = outboxHealth();
            assertEquals("DOWN", outboxHealth.get("state"));
            assertEquals(outbox + " is not a folder", outboxHealth.get("message"));
            assertEquals(false, PlatformJmx.attribute(HEALTH, "HealthyReadiness"));

            Files.delete(outbox);
            String answer = (String) PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow");

            RunRecord succeeded = service.runs().get(0);
            assertEquals("Run " + succeeded.runId() + " SUCCEEDED: as-of 2025-11-22, verdict " + succeeded.verdict()
                    + ", report in " + succeeded.outputFolder(), answer);
            inbox.awaitRunMarked("");
            assertEquals(List.of(Path.of(succeeded.outputFolder())), service.runFolders());
            assertTrue(Files.isRegularFile(Path.of(succeeded.outputFolder(), "summary.json")));
            assertEquals(failed.inputs(), succeeded.inputs(), "the retried run used the same staged inputs");
            assertEquals("UP", outboxHealth().get("state"));
        }
    }

    private static CompositeData outboxHealth() throws Exception {
        TabularData details = (TabularData) PlatformJmx.invoke(HEALTH, "details");
        return details.values().stream().map(CompositeData.class::cast)
                .filter(check -> "rgo-outbox".equals(check.get("id"))).findFirst().orElseThrow();
    }
}
