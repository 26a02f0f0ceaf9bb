package org.rgo.delivery;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.rgo.App;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The real service (Camel Main, the YAML routes, every bean) on folders under target/, started
 * and stopped by a test. Several instances one after another on the same folder are a restart.
 */
final class Service implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path root;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Main main;

    private Service(Path root) {
        this.root = root;
        properties.put("rgo.inbox", root.resolve("inbox").toString());
        properties.put("rgo.outbox", root.resolve("outbox").toString());
        // the durable run ledger (issue 3) keeps its database here; unknown before that, and harmless
        properties.put("rgo.data-dir", root.resolve("data").toString());
        properties.put("rgo.ingest.quiet-period-ms", "300");
        properties.put("rgo.ingest.read-lock-min-age-ms", "200");
        properties.put("rgo.ingest.poll-delay-ms", "200");
        properties.put("rgo.mail.host", "");
        properties.put("rgo.mail.retry.maximum-redeliveries", "2");
        properties.put("rgo.mail.retry.delay-ms", "50");
        properties.put("rgo.mail.retry.maximum-delay-ms", "200");
        // no retries in the background: each test says when delivery is attempted
        properties.put("rgo.mail.pending-retry-ms", "3600000");
    }

    /** A fresh folder under target/ for one test. */
    static Service in(String testName) throws IOException {
        Path root = Path.of("target", "delivery-tests", testName + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(root);
        return new Service(root);
    }

    /** The same folders, for the next start (a restart). */
    Service again() {
        Service next = new Service(root);
        next.properties.putAll(properties);
        return next;
    }

    Service with(String key, String value) {
        properties.put(key, value);
        return this;
    }

    Service smtpOn(int port) {
        return with("rgo.mail.host", "127.0.0.1").with("rgo.mail.port", Integer.toString(port))
                .with("rgo.mail.from", "RGO Reports <rgo@example.com>")
                .with("rgo.mail.to", "ceo@example.com, cfo@example.com")
                .with("rgo.mail.cc", "analyst@example.com");
    }

    Service start() throws Exception {
        main = new Main(App.class);
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml");
        properties.forEach(main::addOverrideProperty);
        main.start();
        return this;
    }

    Path outbox() {
        return root.resolve("outbox");
    }

    Path mailDir() {
        return outbox().resolve("mail");
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    RunLedger ledger() {
        return context().getRegistry().lookupByNameAndType("runLedger", RunLedger.class);
    }

    /** What the schedule, the command and the JMX operation do. */
    DeliveryOutcome sendLatest() {
        return context().createProducerTemplate().requestBody(SendLatestCommand.ENDPOINT, null, DeliveryOutcome.class);
    }

    void dropSamples() throws IOException {
        Path inbox = root.resolve("inbox");
        Files.createDirectories(inbox);
        for (String name : new String[] {"retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv"}) {
            Files.copy(Path.of("samples", name), inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops the sample export and waits until the service has reported on it; the run's folder. */
    Path runOnSamples() throws Exception {
        dropSamples();
        awaitTrue("a successful run", () -> ledger().latestSucceeded().isPresent());
        return Path.of(ledger().latestSucceeded().orElseThrow().outputFolder());
    }

    RunRecord.Delivery deliveryInLedger(Path runFolder) {
        return ledger().recent(Integer.MAX_VALUE).stream()
                .filter(r -> runFolder.toString().equals(r.outputFolder())).findFirst().orElseThrow().delivery();
    }

    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        if (main != null) {
            main.stop();
            main = null;
        }
    }
}
