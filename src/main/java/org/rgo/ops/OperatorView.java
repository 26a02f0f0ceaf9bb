package org.rgo.ops;

import org.rgo.delivery.MailOutbox;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator sees: the run ledger, the staged data sets, rejected files and the mail
 * outbox, read afresh on every call. The one reading of them behind the JMX orchestrator, the
 * Prometheus metrics and the runs page, so the three always agree.
 */
public final class OperatorView {

    /** The current version of a data set: the dropped file's name and when it was staged. */
    public record StagedDataSet(InputKind kind, String fileName, Instant stagedAt) {}

    /** A file the ingest route moved to {@code <inbox>/.error}, with its reason file beside it. */
    public record RejectedFile(Path file, Optional<InputKind> kind, Instant rejectedAt) {

        public String name() {
            return file.getFileName().toString();
        }

        /** The first {@code maxChars} characters of the reason the ingest route wrote. */
        public String reason(int maxChars) {
            Path reason = file.resolveSibling(name() + OperatorFolders.REJECTION_REASON_SUFFIX);
            if (!Files.isRegularFile(reason)) {
                return "";
            }
            try (var in = Files.newBufferedReader(reason, StandardCharsets.UTF_8)) {
                char[] text = new char[maxChars];
                int read = in.read(text, 0, maxChars);
                return read < 0 ? "" : new String(text, 0, read);
            } catch (IOException e) {
                return "cannot read " + reason + ": " + e.getMessage();
            }
        }
    }

    private final RunLedger ledger;
    private final StagingArea staging;
    private final Path inbox;
    private final MailOutbox mail;
    private final Path outbox;
    private final Clock clock;

    public OperatorView(RunLedger ledger, StagingArea staging, Path inbox, Path outbox, Clock clock) {
        this.ledger = ledger;
        this.staging = staging;
        this.inbox = inbox;
        this.mail = MailOutbox.of(outbox);
        this.outbox = outbox;
        this.clock = clock;
    }

    public Path inbox() {
        return inbox;
    }

    public Path outbox() {
        return outbox;
    }

    public Instant now() {
        return clock.instant();
    }

    public RunLedger ledger() {
        return ledger;
    }

    /** The newest run, whatever its status. */
    public Optional<RunRecord> latestRun() {
        return ledger.latest();
    }

    public Optional<RunRecord> latestSucceeded() {
        return ledger.latestSucceeded();
    }

    /** Newest first. */
    public List<RunRecord> recentRuns(int limit) {
        return ledger.recent(limit);
    }

    public Map<RunRecord.Status, Long> runsByStatus() {
        return ledger.countByStatus();
    }

    /** The data sets that have a staged version; the others are {@link #missingDataSets()}. */
    public Map<InputKind, StagedDataSet> staged() {
        Map<InputKind, StagedDataSet> staged = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            staging.staged(kind).ifPresent(file -> staged.put(kind,
                    new StagedDataSet(kind, file.originalName(), OperatorFolders.modified(file.path()))));
        }
        return staged;
    }

    public List<InputKind> missingDataSets() {
        return staging.missing();
    }

    /** Newest first, without their reason files. */
    public List<RejectedFile> rejectedFiles() {
        return OperatorFolders.rejectedPaths(inbox).stream()
                .map(file -> new RejectedFile(file, InputKind.forFileName(file.getFileName().toString()),
                        OperatorFolders.modified(file)))
                .toList();
    }

    /** Files accepted into {@code <inbox>/.done}, by data set. */
    public Map<InputKind, Long> acceptedFiles() {
        return OperatorFolders.byDataSet(OperatorFolders.acceptedPaths(inbox));
    }

    /** Rejected files by data set. */
    public Map<InputKind, Long> rejectedFilesByDataSet() {
        return OperatorFolders.byDataSet(OperatorFolders.rejectedPaths(inbox));
    }

    /** Runs whose mail waits for delivery, oldest first. */
    public List<String> pendingMail() {
        return mail.pending();
    }

    /** Whether the run's mail waits (PENDING), failed its last attempt (FAILED), or went out. */
    public RunRecord.Delivery mailStatus(String run) {
        return mail.status(run);
    }

    /** Mail handed to the SMTP server. */
    public int sentMail() {
        return mail.sent().size();
    }

    /** How long ago, to two units: 45s, 12m 5s, 3h 4m, 2d 3h. */
    public static String age(Duration duration) {
        return OperatorFolders.age(duration);
    }
}
