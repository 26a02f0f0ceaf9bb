package org.rgo.delivery;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;
import org.rgo.ledger.RunRecord.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The delivery routes' steps: pick the latest successful run, queue its mail once, and record
 * each delivery in the mail outbox and, when the run is in it, the run ledger.
 */
public final class MailDelivery {

    static final String RUN = "rgoMailRun";
    static final String LATEST = "rgoLatestRun";
    static final String QUEUE_LATEST = "rgoQueueLatest";
    static final String TO = "rgoMailTo";
    /** Set by the pipeline (OutputStep) to the folder a report was written to. */
    static final String OUTPUT_FOLDER = "rgoOutputFolder";
    private static final String LOCK = "rgoMailLock";
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final MailSettings settings;
    private final MailOutbox mail;
    private final Path outbox;
    private final RunLedger ledger;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public MailDelivery(MailSettings settings, Path outbox, RunLedger ledger, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.mail = MailOutbox.of(outbox);
        this.ledger = ledger;
        this.clock = clock;
    }

    /** False: mail is written to outbox/mail/ as .eml files. */
    public boolean viaSmtp() {
        return settings.smtp();
    }

    /** Waits until no other process delivers from the same outbox; {@link #unlock} ends it. */
    public void lock(Exchange exchange) {
        exchange.setProperty(LOCK, mail.lock(() -> LOG.info("Another process is delivering mail from {}; waiting for it",
                mail.dir())));
    }

    public void unlock(@ExchangeProperty(LOCK) AutoCloseable lock) throws Exception {
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * The mails that are due, oldest run first: a run's ({@code <run>}) before its owners'
     * ({@code <run>.<owner key>}, queued by the owner-mails route). With {@code queueLatest}, the
     * latest successful run's mail is queued first, unless that run already has one. The latest
     * run's name goes into the {@value #LATEST} header either way.
     */
    public List<String> due(@Header(QUEUE_LATEST) boolean queueLatest, Exchange exchange) {
        latestRunFolder().ifPresent(folder -> {
            String run = folder.getFileName().toString();
            exchange.getMessage().setHeader(LATEST, run);
            if (queueLatest && mail.status(run) == Delivery.NONE) {
                mail.queue(run, ReportMail.compose(folder, settings, session, clock.instant()));
                recordInLedger(run, Delivery.PENDING);
            }
        });
        return mail.pending();
    }

    /**
     * The email a report folder would make, written to {@code outbox/mail/<folder name>.eml} and
     * never sent: the one-shot command's report as executives would get it. Returns the path.
     */
    public String preview(@Header(OUTPUT_FOLDER) String folder) {
        Path report = Path.of(folder);
        return mail.writePreview(report.getFileName().toString(),
                ReportMail.compose(report, settings, session, clock.instant())).toString();
    }

    /** The pending mail; header {@value #TO} lists its recipients, for the log. */
    public MimeMessage load(@Header(RUN) String run, Exchange exchange) throws MessagingException {
        MimeMessage message = mail.load(run, session);
        Address[] recipients = message.getAllRecipients();
        exchange.getMessage().setHeader(TO, recipients == null ? "" : Arrays.stream(recipients).map(Address::toString)
                .collect(Collectors.joining(", ")));
        return message;
    }

    public void sent(@Header(RUN) String run) {
        mail.markSent(run);
        recordInLedger(run, Delivery.DELIVERED);
    }

    /** The path of the written .eml. */
    public String written(@Header(RUN) String run) {
        Path eml = mail.markWritten(run);
        recordInLedger(run, Delivery.DELIVERED);
        return eml.toString();
    }

    public void failed(@Header(RUN) String run, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure) {
        mail.markFailed(run, failure == null ? "unknown failure" : failure.toString());
        recordInLedger(run, Delivery.FAILED);
    }

    public DeliveryOutcome outcome(@Header(LATEST) String latestRun, @Body List<String> attempted) {
        return new DeliveryOutcome(latestRun, latestRun == null ? null : mail.status(latestRun),
                attempted.stream().map(run -> new DeliveryOutcome.Mail(run, mail.status(run))).toList());
    }

    /**
     * The ledger's latest successful run when its folder is a complete run in the outbox (a
     * one-shot run's --out folder is not mailed), else the newest complete run folder in the
     * outbox: after a restart the in-memory ledger is empty, the folders are not.
     */
    Optional<Path> latestRunFolder() {
        return latestInLedger()
                .map(RunRecord::outputFolder)
                .map(Path::of)
                .filter(folder -> isRunIn(folder) && RunFolders.isComplete(folder))
                .or(() -> RunFolders.newestComplete(outbox));
    }

    private Optional<RunRecord> latestInLedger() {
        try {
            return ledger.latestSucceeded();
        } catch (RuntimeException e) {
            LOG.warn("The run ledger cannot be read ({}); taking the newest run folder in {}", e.toString(), outbox);
            return Optional.empty();
        }
    }

    private boolean isRunIn(Path folder) {
        return folder.toAbsolutePath().normalize().getParent().equals(outbox.toAbsolutePath().normalize())
                && RunFolders.isRunName(folder.getFileName().toString());
    }

    /**
     * The ledger only mirrors the state kept in outbox/mail/: a ledger that cannot be updated
     * must not turn a delivered mail into a failed one, so that is logged, not thrown.
     */
    private void recordInLedger(String run, Delivery delivery) {
        try {
            ledger.recent(Integer.MAX_VALUE).stream()
                    .filter(r -> r.outputFolder() != null
                            && Path.of(r.outputFolder()).getFileName().toString().equals(run))
                    .findFirst()
                    .ifPresent(r -> ledger.record(r.withDelivery(delivery)));
        } catch (RuntimeException e) {
            LOG.warn("Mail of run {} is {}, but the run ledger could not be updated: {}", run, delivery, e.toString());
        }
    }
}
