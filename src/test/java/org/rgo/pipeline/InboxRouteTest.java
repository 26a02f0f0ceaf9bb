package org.rgo.pipeline;

import org.junit.jupiter.api.Test;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's routes on a real inbox and outbox (issue 2, item 8). */
class InboxRouteTest {

    @Test
    void theSampleDroppedIntoTheInboxGivesOneRunFolderWithAllFiveOutputs() throws Exception {
        try (Service service = Service.in("pipeline/inbox-route").start()) {
            Inbox inbox = service.inbox();

            Path run = service.runOnSample();

            assertEquals(List.of(run), service.runFolders());
            List<String> written = Folders.names(run);
            assertTrue(written.containsAll(List.of("customers.csv", "interventions.csv", "report.html", "report.md",
                    "summary.json")), written::toString);
            assertTrue(run.getFileName().toString().startsWith("2025-11-22_"), run.toString());
            assertEquals(List.of(), Folders.names(inbox.dir()).stream().filter(name -> !name.startsWith(".")).toList(),
                    "every dropped file was taken");
            for (String dataSet : List.of("retail_customers", "retail_weekly_sales", "stock_availability")) {
                assertEquals(1, inbox.doneCount(dataSet), dataSet);
            }
            RunRecord recorded = service.runs().get(0);
            assertEquals(List.of(recorded), service.runs());
            assertEquals(RunRecord.Status.SUCCEEDED, recorded.status());
            assertEquals(run.toString(), recorded.outputFolder());
            assertEquals(List.of(
                    new RunRecord.InputFile("retail_customers", Inbox.CUSTOMERS, sha256(Inbox.CUSTOMERS), 200),
                    new RunRecord.InputFile("retail_weekly_sales", Inbox.SALES, sha256(Inbox.SALES), 2400),
                    new RunRecord.InputFile("stock_availability", Inbox.STOCK, sha256(Inbox.STOCK), 360)),
                    recorded.inputs());
        }
    }

    private static String sha256(String sample) {
        return StagingArea.sha256(Inbox.SAMPLES.resolve(sample));
    }
}
