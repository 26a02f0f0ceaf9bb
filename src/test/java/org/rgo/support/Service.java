package org.rgo.support;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.rgo.App;
import org.rgo.delivery.DeliveryOutcome;
import org.rgo.delivery.SendLatestCommand;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real service, started inside a test exactly as production starts it ({@link App#newMain()}:
 * the one configuration class, the routes, JMX on), with test overrides: its own folders under
 * target/service-tests/, fast timings, and whatever a test sets with {@link #with}.
 *
 * <pre>{@code
 * try (Service service = Service.in("ops/run-now").start()) {
 *     Path run = service.runOnSample();
 *     ...
 * }
 * }</pre>
 * Several lifetimes one after another on the same folders are restarts ({@link #again()}).
 */
public final class Service implements AutoCloseable {

    private static final Path ROOT = Path.of("target", "service-tests").toAbsolutePath();

    private final Path root;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Main main;

    private Service(Path root, Map<String, String> overrides) {
        this.root = root;
        this.overrides.putAll(overrides);
    }

    /**
     * A service (not started) on emptied folders target/service-tests/{@code name}/: inbox/,
     * outbox/ and data/ (the run ledger). One name per test; a test may fill the inbox before
     * {@link #start()}.
     */
    public static Service in(String name) {
        Path root = Folders.wiped(ROOT.resolve(name));
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("rgo.inbox", root.resolve("inbox").toString());
        overrides.put("rgo.outbox", root.resolve("outbox").toString());
        overrides.put("rgo.data-dir", root.resolve("data").toString());
        // a file is taken 100-150 ms after it stops changing, a run 300 ms after the last file
        overrides.put("rgo.ingest.read-lock-min-age-ms", "100");
        overrides.put("rgo.ingest.read-lock-check-interval-ms", "50");
        overrides.put("rgo.ingest.poll-delay-ms", "100");
        overrides.put("rgo.ingest.quiet-period-ms", "300");
        overrides.put("rgo.mail.retry.maximum-redeliveries", "2");
        overrides.put("rgo.mail.retry.delay-ms", "50");
        overrides.put("rgo.mail.retry.maximum-delay-ms", "200");
        // no delivery retries in the background: each test says when delivery is attempted
        overrides.put("rgo.mail.pending-retry-ms", "3600000");
        return new Service(root, overrides);
    }

    /** Overrides one configuration key (application.properties) for the next {@link #start()}. */
    public Service with(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /**
     * Mail goes to the SMTP server on 127.0.0.1:{@code port}, from "RGO Reports &lt;rgo@example.com&gt;"
     * to ceo@ and cfo@example.com, cc analyst@example.com (three copies per mail).
     */
    public Service smtpOn(int port) {
        return with("rgo.mail.host", "127.0.0.1").with("rgo.mail.port", Integer.toString(port))
                .with("rgo.mail.from", "RGO Reports <rgo@example.com>")
                .with("rgo.mail.to", "ceo@example.com, cfo@example.com")
                .with("rgo.mail.cc", "analyst@example.com");
    }

    /** A new service (not started) on the same folders with the same overrides: starting it is a restart. */
    public Service again() {
        return new Service(root, overrides);
    }

    /** Starts the service (Camel Main, as App does) and returns it; throws when it cannot start. */
    public Service start() throws Exception {
        if (main != null) {
            throw new IllegalStateException("already started; use again() for a restart");
        }
        Main started = App.newMain();
        overrides.forEach(started::addOverrideProperty);
        try {
            started.start();
        } catch (Exception e) {
            started.stop();
            throw e;
        }
        main = started;
        return this;
    }

    /** This service's folder under target/service-tests/. */
    public Path root() {
        return root;
    }

    /** The inbox (rgo.inbox). */
    public Inbox inbox() {
        return new Inbox(root.resolve("inbox"));
    }

    /** The outbox (rgo.outbox): run folders, and mail/. */
    public Path outbox() {
        return root.resolve("outbox");
    }

    /** The mail folder of the outbox: .eml files, pending/ and sent/. */
    public Path mailDir() {
        return outbox().resolve("mail");
    }

    /** The run folders in the outbox, oldest first. */
    public List<Path> runFolders() {
        return Folders.runFolders(outbox());
    }

    /** The started service's Camel context. */
    public CamelContext context() {
        if (main == null) {
            throw new IllegalStateException("not started");
        }
        return main.getCamelContext();
    }

    /** The service's own run ledger bean. */
    public RunLedger ledger() {
        return context().getRegistry().lookupByNameAndType("runLedger", RunLedger.class);
    }

    /** Every run in the ledger, newest first. */
    public List<RunRecord> runs() {
        return ledger().recent(Integer.MAX_VALUE);
    }

    /** Waits for the first run in the ledger (newest first) with {@code status}; that run. */
    public RunRecord awaitRun(RunRecord.Status status) {
        return Await.value("a " + status + " run in the ledger",
                () -> runs().stream().filter(run -> run.status() == status).findFirst());
    }

    /**
     * Drops the sample and waits until its run has finished and, when it succeeded, is marked done
     * (so no run is in flight); the run folder. Fails when the run failed.
     */
    public Path runOnSample() {
        Inbox inbox = inbox();
        String before = inbox.lastRun();
        int runsBefore = runs().size();
        inbox.dropSample();
        RunRecord run = Await.value("the sample's run finished in the ledger", () -> runs().size() > runsBefore
                ? Optional.of(runs().get(0)).filter(newest -> newest.status() != RunRecord.Status.RUNNING)
                : Optional.empty());
        if (run.status() != RunRecord.Status.SUCCEEDED) {
            throw new AssertionError("the sample's run " + run.runId() + " failed: " + run.error());
        }
        inbox.awaitRunMarked(before);
        return Path.of(run.outputFolder());
    }

    /**
     * Asks for a run of the staged data the way the run timer does (direct:run-staged, not forced)
     * and waits for it; whether a run was due and ran.
     */
    public boolean requestRun() {
        try (ProducerTemplate template = context().createProducerTemplate()) {
            return template.requestBodyAndHeader("direct:run-staged", null, "rgoForce", false) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mails the latest successful run if not yet sent, and retries pending mail: what the weekly tick does. */
    public DeliveryOutcome sendLatest() {
        try (ProducerTemplate template = context().createProducerTemplate()) {
            return template.requestBody(SendLatestCommand.ENDPOINT, null, DeliveryOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ledger's delivery state for the run written to {@code runFolder}. */
    public RunRecord.Delivery deliveryOf(Path runFolder) {
        return runs().stream().filter(run -> runFolder.toString().equals(run.outputFolder())).findFirst()
                .orElseThrow(() -> new AssertionError("no run in the ledger for " + runFolder)).delivery();
    }

    /** Stops the service (waiting for a run in flight); the folders stay for {@link #again()} and for reading. */
    @Override
    public void close() {
        if (main != null) {
            main.stop();
            main = null;
        }
    }
}
