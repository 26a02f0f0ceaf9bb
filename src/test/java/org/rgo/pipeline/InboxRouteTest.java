package org.rgo.pipeline;

import org.apache.camel.BeanInject;
import org.rgo.ledger.RunLedger;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;
import org.rgo.App;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Csv;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.ledger.RunRecord;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's routes on a real inbox and outbox (issue 2, item 8). */
@CamelMainTest(mainClass = App.class, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/route-tests/inbox-route/inbox",
        "rgo.outbox=target/route-tests/inbox-route/outbox",
        "rgo.data-dir=target/route-tests/inbox-route/data",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.read-lock-check-interval-ms=50",
        "rgo.ingest.poll-delay-ms=100",
        "rgo.ingest.quiet-period-ms=300"})
class InboxRouteTest {

    private static final List<String> OUTPUT_FILES =
            List.of("customers.csv", "interventions.csv", "report.html", "report.md", "summary.json");

    private final Inbox inbox;
    private final Path outbox;

    @BeanInject
    RunLedger runLedger;

    InboxRouteTest() {
        // the constructor runs before the extension starts Camel: every test starts on empty folders
        Path root = Folders.wiped("target/route-tests/inbox-route");
        inbox = new Inbox(root.resolve("inbox"));
        outbox = root.resolve("outbox");
    }

    @Test
    void theSampleDroppedIntoTheInboxGivesOneRunFolderWithAllFiveOutputs() {
        inbox.dropSample();

        Path run = Await.value("a run folder in " + outbox, () -> Folders.runFolders(outbox).stream().findFirst());

        Check.containsAll(Folders.names(run), OUTPUT_FILES);
        assertTrue(run.getFileName().toString().startsWith("2025-11-22_"), run.toString());
        Check.contains(Folders.read(run.resolve("summary.json")), "\"as_of_week\"", "2025-11-22");
        assertTrue(Folders.names(inbox.dir()).stream().noneMatch(name -> name.endsWith(".csv")),
                "inbox still holds " + Folders.names(inbox.dir()));
        assertEquals(1, inbox.doneCount("retail_customers"));
        assertEquals(1, inbox.doneCount("retail_weekly_sales"));
        assertEquals(1, inbox.doneCount("stock_availability"));
        RunRecord ledgerEntry = Await.value("the run in the ledger", () -> runLedger.recent(10).stream()
                .filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst());
        assertEquals(run.toString(), ledgerEntry.outputFolder());
        assertEquals(1, Folders.runFolders(outbox).size(), "run folders: " + Folders.runFolders(outbox));
        inbox.awaitRunMarked("");
    }

    @Test
    void aSalesFileWithoutWeeklySpendIsRejectedWithItsReasonAndTheServiceKeepsAccepting() {
        inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
        inbox.drop(Inbox.STOCK, Inbox.sample(Inbox.STOCK));
        inbox.drop(Inbox.SALES, Csv.withoutColumn(Inbox.sampleLines(Inbox.SALES), "weekly_spend"));

        String report = inbox.awaitRejection("retail_weekly_sales");

        Check.contains(report, "retail_weekly_sales.csv: line 1: missing required column 'weekly_spend'");
        assertTrue(Folders.names(inbox.error()).stream().anyMatch(n -> n.startsWith("retail_weekly_sales.")
                && n.endsWith(".csv")), "the rejected file itself is kept in .error: " + Folders.names(inbox.error()));
        inbox.awaitAccepted("retail_customers", 1);
        inbox.awaitAccepted("stock_availability", 1);

        inbox.drop(Inbox.SALES, Inbox.sample(Inbox.SALES));

        inbox.awaitAccepted("retail_weekly_sales", 1);
        Path run = Await.value("a run folder after the good sales file",
                () -> Folders.runFolders(outbox).stream().findFirst());
        Check.containsAll(Folders.names(run), OUTPUT_FILES);
        inbox.awaitRunMarked("");
    }
}
