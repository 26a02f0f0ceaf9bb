package org.rgo.ops;

import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;
import org.rgo.App;

import javax.management.RuntimeMBeanException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.ops.PlatformJmx.orchestrator;

/** Only the customer export has arrived: an operator's runNow must say what is missing, and run nothing. */
@CamelMainTest(mainClass = App.class, useJmx = true, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/ops-test/incomplete/inbox",
        "rgo.outbox=target/ops-test/incomplete/outbox",
        "rgo.data-dir=target/ops-test/incomplete/data",
        "rgo.ingest.quiet-period-ms=200",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.poll-delay-ms=100"})
class RunNowOnIncompleteDataJmxTest {

    static final Path ROOT = Path.of("target/ops-test/incomplete");

    static {
        // before the context starts: its inbox consumer must not see files from an earlier build
        TestFolders.clean(ROOT);
    }

    @Test
    void runNowOnAnIncompleteSetFailsNamingTheMissingDataSets() {
        TestFolders.drop("retail_customers.csv", ROOT.resolve("inbox"), "retail_customers.csv");
        TestFolders.awaitUntil(Duration.ofSeconds(60), "the customers export is staged",
                () -> ((String[]) orchestrator("MissingDataSets")).length == 2);

        RuntimeMBeanException thrown = assertThrows(RuntimeMBeanException.class,
                () -> PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow"));

        IllegalStateException reason = assertInstanceOf(IllegalStateException.class, thrown.getTargetException());
        assertTrue(reason.getMessage().startsWith("Cannot run now: the staged data set is incomplete"),
                reason.getMessage());
        assertTrue(reason.getMessage().contains("retail_weekly_sales, stock_availability"), reason.getMessage());
        assertNull(reason.getCause(), "a remote JMX client cannot deserialize Camel exceptions");
        assertEquals(List.of("retail_weekly_sales", "stock_availability"),
                Arrays.asList((String[]) orchestrator("MissingDataSets")));
        assertEquals(Orchestrator.NO_RUN_YET, orchestrator("LastRunStatus"));
        assertEquals(List.of(), TestFolders.runFolders(ROOT.resolve("outbox")));
    }
}
