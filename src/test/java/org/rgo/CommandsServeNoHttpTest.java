package org.rgo;

import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The one-shot commands (run --data --out, send-latest) start no HTTP server and no metrics,
 * whatever application.properties says: they live for seconds, and Vert.x would slow each start.
 */
class CommandsServeNoHttpTest {

    @Test
    void aCommandsCamelHasNoManagementServerNorMetrics() {
        AtomicReference<CamelContext> seen = new AtomicReference<>();
        // the build turns HTTP off for tests (pom.xml); lifted here, so that the command's own switch is what is tested
        String buildDefault = System.clearProperty("rgo.http.enabled");
        try {
            int exit = OneTimeRun.run(App.newMain(), template -> {
                CamelContext context = template.getCamelContext();
                seen.set(context);
                assertNull(context.hasService(ManagementHttpServer.class), "an HTTP management server");
                assertNull(context.getRegistry().lookupByName(MicrometerConstants.METRICS_REGISTRY_NAME), "metrics");
                return 0;
            });
            assertEquals(0, exit);
        } finally {
            if (buildDefault != null) {
                System.setProperty("rgo.http.enabled", buildDefault);
            }
        }
        assertEquals("rgo", seen.get().getName());
    }
}
