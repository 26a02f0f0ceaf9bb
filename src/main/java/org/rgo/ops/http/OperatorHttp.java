package org.rgo.ops.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.LifecycleStrategySupport;
import org.rgo.config.Keys;
import org.rgo.ops.OperatorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * What this service adds to Camel's management server, which Camel Main has made (from the
 * {@code camel.management.*} keys) but not started when the configuration classes run: the access
 * rules, mounted before the server listens through its authentication entries, the one hook Camel
 * offers before that; the {@code rgo_*} metrics in the Prometheus registry of Camel's metrics; and,
 * once the server runs, the runs page and the report files.
 */
public final class OperatorHttp extends LifecycleStrategySupport {

    /** Jolokia's bulk requests from Hawtio are a few kilobytes; anything much larger is refused, not read. */
    static final long MAX_JOLOKIA_BODY_BYTES = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(OperatorHttp.class);

    private final HttpSettings settings;
    private final OperatorView view;
    private final ManagementHttpServer server;

    private OperatorHttp(HttpSettings settings, OperatorView view, ManagementHttpServer server) {
        this.settings = settings;
        this.view = view;
        this.server = server;
    }

    /**
     * Adds who may use Camel's management server (health, metrics and Jolokia from the
     * {@code camel.management.*} keys, which follow {@code rgo.http.*}), the {@code rgo_*} metrics
     * and the runs page; nothing, and nothing of Vert.x, with {@code rgo.http.enabled=false}.
     */
    public static void install(CamelContext context, Keys keys, OperatorView view) {
        HttpSettings settings = HttpSettings.from(keys);
        if (settings.enabled()) {
            install(context, settings.requireAccountsBeyondLoopback(), view);
        }
    }

    private static void install(CamelContext context, HttpSettings settings, OperatorView view) {
        ManagementHttpServer server = context.hasService(ManagementHttpServer.class);
        if (server == null) {
            LOG.warn("rgo.http.enabled is true but Camel made no management server (camel.management.enabled), "
                    + "so nothing is served over HTTP");
            return;
        }
        requireFreePort(server.getHost(), server.getPort());
        AuthenticationConfig entries = server.getConfiguration().getAuthenticationConfig();
        // mounted most specific path first: Jolokia's body is read (within the limit) before the rules look at it
        entries.getEntries().add(entry(OperatorAccess.JOLOKIA + "/*",
                limitOnly(BodyHandler.create(false).setBodyLimit(MAX_JOLOKIA_BODY_BYTES))));
        entries.getEntries().add(entry("/*", new OperatorAccess(settings)));
        entries.setEnabled(true);

        PrometheusMeterRegistry metrics = context.getRegistry().lookupByNameAndType(
                MicrometerConstants.METRICS_REGISTRY_NAME, PrometheusMeterRegistry.class);
        if (metrics == null) {
            LOG.warn("Camel's metrics are off (camel.metrics.enabled), so /observe/metrics has no rgo_* metrics");
        } else {
            metrics.getPrometheusRegistry().register(new RgoMetrics(view,
                    () -> HealthCheckHelper.isResultsUp(HealthCheckHelper.invokeReadiness(context), true),
                    () -> HealthCheckHelper.isResultsUp(HealthCheckHelper.invokeLiveness(context), false)));
        }
        context.addLifecycleStrategy(new OperatorHttp(settings, view, server));
    }

    @Override
    public void onContextStarted(CamelContext context) {
        ReportFiles reports = new ReportFiles(view.outbox());
        RunsPage page = new RunsPage(view, reports);
        Router router = server.getRouter();
        router.get("/").blockingHandler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", RunsPage.CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(page.html()), false);
        router.get("/runs/:run/:file").blockingHandler(ctx -> serveReportFile(ctx, reports), false);
        LOG.info("Runs page at http://{}:{}/", settings.host(), server.getPort());
    }

    /**
     * Camel only logs a port it cannot listen on and runs on without HTTP, where probes and scrapes
     * would find nothing or another program; so the port is tried first, and a taken one stops the start.
     */
    private static void requireFreePort(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serve HTTP on " + host + ":" + port + " (" + e.getMessage()
                    + "): set RGO_HTTP_PORT to a free port, or RGO_HTTP_ENABLED=false", e);
        }
    }

    private static void serveReportFile(RoutingContext ctx, ReportFiles reports) {
        String name = ctx.pathParam("file");
        reports.find(ctx.pathParam("run"), name).map(Path::toString).ifPresentOrElse(
                file -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, ReportFiles.contentType(name))
                        // the report's own inline styles and embedded charts, nothing else
                        .putHeader("Content-Security-Policy", RunsPage.CONTENT_SECURITY_POLICY)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .sendFile(file),
                () -> ctx.response().setStatusCode(404)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                        .end("No such report file\n"));
    }

    private static AuthenticationHandler limitOnly(BodyHandler bodyHandler) {
        return bodyHandler::handle;
    }

    /** Camel's entries pair a handler with an authentication provider; these rules bring their own accounts. */
    private static AuthenticationConfig.AuthenticationConfigEntry entry(String path, AuthenticationHandler handler) {
        AuthenticationConfig.AuthenticationConfigEntry entry = new AuthenticationConfig.AuthenticationConfigEntry();
        entry.setPath(path);
        entry.setAuthenticationProviderFactory(vertx -> null);
        entry.setAuthenticationHandlerFactory(new AuthenticationConfig.AuthenticationHandlerFactory() {
            @Override
            public <T extends io.vertx.ext.auth.authentication.AuthenticationProvider> AuthenticationHandler
                    createAuthenticationHandler(T unused) {
                return handler;
            }
        });
        return entry;
    }
}
