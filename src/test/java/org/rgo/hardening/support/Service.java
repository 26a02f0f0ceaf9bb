package org.rgo.hardening.support;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.rgo.App;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real service (Camel Main with App's configuration and the YAML routes) started and stopped
 * inside a test, so that one test can restart it on the same inbox, as an operator would.
 */
public final class Service implements AutoCloseable {

    private final Main main;

    private Service(Map<String, String> properties) throws Exception {
        main = new Main(App.class);
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml");
        main.addOverrideProperty("camel.main.jmx-enabled", "false");
        properties.forEach(main::addOverrideProperty);
        try {
            main.start();
        } catch (Exception e) {
            main.stop();
            throw e;
        }
    }

    /** Fast settings for tests, on the given folders; {@code extra} are "key=value" overrides. */
    public static Service start(Path inbox, Path outbox, String... extra) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>(fastTimings());
        properties.put("rgo.inbox", inbox.toString());
        properties.put("rgo.outbox", outbox.toString());
        // the run ledger lives beside the folders, so a restarted service finds its own runs
        properties.put("rgo.data-dir", outbox.resolveSibling("data").toString());
        for (String keyValue : extra) {
            String[] split = keyValue.split("=", 2);
            properties.put(split[0], split[1]);
        }
        return new Service(properties);
    }

    /** Timings small enough for tests; the same values the @CamelMainTest classes use. */
    public static Map<String, String> fastTimings() {
        return Map.of(
                "rgo.ingest.read-lock-min-age-ms", "100",
                "rgo.ingest.read-lock-check-interval-ms", "50",
                "rgo.ingest.poll-delay-ms", "100",
                "rgo.ingest.quiet-period-ms", "300",
                "rgo.run.retry-delay-ms", "500");
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** Asks for a run the way the timer does (not forced); true when one ran. */
    public boolean requestRun() {
        return requestRun(context());
    }

    public static boolean requestRun(CamelContext context) {
        try (ProducerTemplate template = context.createProducerTemplate()) {
            return template.requestBodyAndHeader("direct:run-staged", null, "rgoForce", false) != null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<RunRecord> runs() {
        return runs(context());
    }

    /** The ledger's runs, newest first. */
    public static List<RunRecord> runs(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("runLedger", RunLedger.class)
                .recent(Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        main.stop();
    }
}
