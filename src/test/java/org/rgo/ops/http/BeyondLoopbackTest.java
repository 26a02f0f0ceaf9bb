package org.rgo.ops.http;

import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bound beyond loopback (0.0.0.0, every interface; the requests still go to 127.0.0.1), the service
 * starts only with credentials, and then lets nobody without them see the runs page, a report or
 * Jolokia; health and metrics stay open for probes and Prometheus. And a DOWN check answers 503.
 */
class BeyondLoopbackTest {

    static final String VIEWER = "viewer";
    static final String VIEWER_PASSWORD = "look-only";
    static final String OPERATOR = "operator";
    static final String OPERATOR_PASSWORD = "may-run";

    @Test
    void refusesToStartOnEveryInterfaceWithoutCredentials() {
        Path root = Folders.wiped("target/http-test/beyond-loopback-no-credentials");

        Exception refused = assertThrows(Exception.class, () -> HttpService.start(
                root.resolve("inbox"), root.resolve("outbox"), "rgo.http.host=0.0.0.0",
                "rgo.http.port=" + Http.freePort()).close());

        Check.contains(rootCause(refused).getMessage(), "0.0.0.0", "RGO_HTTP_USER", "RGO_HTTP_PASSWORD");
    }

    @Test
    void onEveryInterfaceOnlyHealthAndMetricsAnswerWithoutCredentials() throws Exception {
        Path root = Folders.wiped("target/http-test/beyond-loopback");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        int port = Http.freePort();
        try (Service service = HttpService.start(inbox.dir(), outbox, "rgo.http.host=0.0.0.0",
                "rgo.http.port=" + port, "rgo.http.user=" + VIEWER, "rgo.http.password=" + VIEWER_PASSWORD,
                "rgo.http.operator-user=" + OPERATOR, "rgo.http.operator-password=" + OPERATOR_PASSWORD)) {
            inbox.dropSample();
            inbox.awaitRunMarked("");
            Http http = new Http(port);
            String folder = Path.of(service.runs().get(0).outputFolder()).getFileName().toString();
            String report = "/runs/" + folder + "/report.html";
            String read = "/observe/jolokia/read/rgo:type=Orchestrator/LastRunStatus";
            String gc = "/observe/jolokia/exec/java.lang:type=Memory/gc";

            for (String path : List.of("/", report, read, "/observe/jolokia/version", gc)) {
                HttpResponse<String> anonymous = http.get(path);
                assertEquals(401, anonymous.statusCode(), path);
                Check.contains(anonymous.headers().firstValue("WWW-Authenticate").orElse(""), "Basic realm=");
                assertEquals(401, http.getAs(VIEWER, "guess", path).statusCode(), path);
                assertEquals(401, http.get(path, "Authorization", "Basic not-base64!").statusCode(), path);
            }
            assertEquals(200, http.get("/observe/health/live").statusCode());
            assertEquals(200, http.get("/observe/metrics").statusCode());

            assertEquals(200, http.getAs(VIEWER, VIEWER_PASSWORD, "/").statusCode());
            assertEquals(200, http.getAs(VIEWER, VIEWER_PASSWORD, report).statusCode());
            Check.contains(http.getAs(VIEWER, VIEWER_PASSWORD, read).body(), "SUCCEEDED");
            assertEquals(403, http.getAs(VIEWER, VIEWER_PASSWORD, gc).statusCode());
            assertEquals(200, http.getAs(OPERATOR, OPERATOR_PASSWORD, gc).statusCode());
            assertEquals(200, http.getAs(OPERATOR, OPERATOR_PASSWORD, "/").statusCode());
        }
    }

    @Test
    void aDownCheckMakesHealthAnswer503WithItsReason() throws Exception {
        Path root = Folders.wiped("target/http-test/health-down");
        // the outbox is a file, so the service cannot write its reports
        Path outbox = Files.writeString(root.resolve("outbox"), "a file, not a folder");
        int port = Http.freePort();
        try (Service ignored = HttpService.start(root.resolve("inbox"), outbox,
                "rgo.http.port=" + port)) {
            Http http = new Http(port);

            HttpResponse<String> ready = http.get("/observe/health/ready");

            assertEquals(503, ready.statusCode(), ready.body());
            Check.contains(ready.body(), "\"status\":\"DOWN\"", "rgo-outbox", "is not a folder");
            assertEquals(0, PrometheusText.parse(http.get("/observe/metrics").body()).value("rgo_health_ready"));
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof IllegalStateException, cause::toString);
        return cause;
    }
}
