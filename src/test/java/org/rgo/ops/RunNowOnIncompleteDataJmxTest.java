package org.rgo.ops;

import org.junit.jupiter.api.Test;
import org.rgo.support.Await;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import javax.management.RuntimeMBeanException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rgo.ops.PlatformJmx.orchestrator;

/** Only the customer export has arrived: an operator's runNow must say what is missing, and run nothing. */
class RunNowOnIncompleteDataJmxTest {

    private static final List<String> MISSING = List.of("retail_weekly_sales", "stock_availability");

    @Test
    void runNowOnAnIncompleteSetFailsNamingTheMissingDataSets() throws Exception {
        try (Service service = Service.in("ops/incomplete").start()) {
            Inbox inbox = service.inbox();
            inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
            Await.until("only the customers export staged",
                    () -> MISSING.equals(Arrays.asList((String[]) orchestrator("MissingDataSets"))));

            RuntimeMBeanException thrown = assertThrows(RuntimeMBeanException.class,
                    () -> PlatformJmx.invoke(OrchestratorRegistration.OBJECT_NAME, "runNow"));

            IllegalStateException reason = assertInstanceOf(IllegalStateException.class, thrown.getTargetException());
            assertEquals("Cannot run now: the staged data set is incomplete, nothing staged yet for retail_weekly_sales,"
                    + " stock_availability. Drop the missing export(s) into " + inbox.dir() + " first.",
                    reason.getMessage());
            assertNull(reason.getCause(), "a remote JMX client cannot deserialize Camel exceptions");
            assertEquals(Orchestrator.NO_RUN_YET, orchestrator("LastRunStatus"));
            assertEquals(List.of(), service.runs());
            assertEquals(List.of(), service.runFolders());
        }
    }
}
