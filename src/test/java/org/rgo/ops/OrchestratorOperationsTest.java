package org.rgo.ops;

import org.rgo.ingest.StagingArea;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rgo.ledger.InMemoryRunLedger;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sendLatestReport against a real Camel context, with and without a route behind direct:send-latest.
 * The routes are lambdas, not RouteBuilder subclasses: Camel Main scans org.rgo, test classes
 * included, and would try to add a RouteBuilder class from here to every service under test.
 */
class OrchestratorOperationsTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void sendLatestReportExplainsWhenNoRouteDeliversEmail() {
        context.start();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> orchestrator().sendLatestReport());

        assertTrue(thrown.getMessage().contains("email delivery is not available"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("direct:send-latest"), thrown.getMessage());
    }

    @Test
    void sendLatestReportHandsOverToTheMailRouteAndReturnsItsAnswer() throws Exception {
        RouteBuilder.addRoutes(context, routes -> routes.from("direct:send-latest")
                .setBody(routes.constant("Sent run 42 to ops@example.com")));
        context.start();

        assertEquals("Sent run 42 to ops@example.com", orchestrator().sendLatestReport());
    }

    @Test
    void sendLatestReportPassesTheMailRoutesFailureOnAsPlainText() throws Exception {
        RouteBuilder.addRoutes(context, routes -> routes.from("direct:send-latest")
                .throwException(new IllegalArgumentException("no successful run yet")));
        context.start();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> orchestrator().sendLatestReport());

        assertEquals("Sending the latest report failed: no successful run yet", thrown.getMessage());
    }

    private Orchestrator orchestrator() {
        Path folder = Path.of("target/ops-test/operations-unit");
        InMemoryRunLedger ledger = new InMemoryRunLedger();
        return new Orchestrator(context, context.createProducerTemplate(), new OperatorView(ledger,
                new StagingArea(folder.resolve("inbox"), System::currentTimeMillis), folder.resolve("inbox"),
                folder.resolve("outbox"), Clock.systemUTC()), new RunTimer(ledger));
    }
}
