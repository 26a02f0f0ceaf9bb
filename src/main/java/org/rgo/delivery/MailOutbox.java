package org.rgo.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.rgo.ledger.RunRecord.Delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The durable state of report mail, one file per run in {@code outbox/mail/}, so that a run's
 * mail is neither lost nor sent twice across ticks and restarts:
 * <ul>
 * <li>{@code pending/<run>.eml}: composed, not delivered yet (with {@code pending/<run>.error.txt}
 * once an attempt failed);</li>
 * <li>{@code sent/<run>.eml}: handed to the SMTP server;</li>
 * <li>{@code <run>.eml}: written instead of sent, because no SMTP host is configured.</li>
 * </ul>
 * An owner's mail of a run ({@link OwnerMail}) is kept the same way under the name {@code <run>.<owner key>}.
 * Every file appears by an atomic rename, and a mail leaves pending/ only after it was delivered.
 */
public final class MailOutbox {

    private static final String EML = ".eml";
    private static final String ERROR = ".error.txt";

    /** A run's mails together, oldest run first: its executive mail {@code <run>}, then its owners' {@code <run>.<owner>}. */
    private static final Comparator<String> BY_RUN = Comparator.comparing(MailOutbox::runOf, RunFolders.BY_RUN_TIME)
            .thenComparing(Comparator.naturalOrder());

    private final Path dir;
    private final Path pending;
    private final Path sent;

    /** The mail folder of an outbox: {@code <outbox>/mail}. */
    public static MailOutbox of(Path outbox) {
        return new MailOutbox(outbox.resolve("mail"));
    }

    public MailOutbox(Path dir) {
        this.dir = dir;
        this.pending = dir.resolve("pending");
        this.sent = dir.resolve("sent");
    }

    /** The run a mail belongs to: its name up to the first dot (run folder names have none). */
    static String runOf(String mailName) {
        int dot = mailName.indexOf('.');
        return dot < 0 ? mailName : mailName.substring(0, dot);
    }

    public Path dir() {
        return dir;
    }

    public Delivery status(String run) {
        if (Files.exists(sent.resolve(run + EML)) || Files.exists(dir.resolve(run + EML))) {
            return Delivery.DELIVERED;
        }
        if (Files.exists(pending.resolve(run + EML))) {
            return Files.exists(pending.resolve(run + ERROR)) ? Delivery.FAILED : Delivery.PENDING;
        }
        return Delivery.NONE;
    }

    /** Keeps the run's mail until it is delivered; false, writing nothing, when the run already has one. */
    public boolean queue(String run, MimeMessage message) {
        if (status(run) != Delivery.NONE) {
            return false;
        }
        try {
            Files.createDirectories(pending);
            Path temp = pending.resolve("." + run + EML + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, pending.resolve(run + EML), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot write the mail of run " + run + " into " + pending, e);
        }
    }

    /**
     * Writes {@code <name>.eml} for a report that is never sent (the one-shot command's), replacing
     * an earlier one; it has no pending or sent state.
     */
    public Path writePreview(String name, MimeMessage message) {
        Path target = dir.resolve(name + EML);
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve("." + name + EML + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot write the mail preview " + target, e);
        }
    }

    /** Runs whose mail waits for delivery, oldest run first. */
    public List<String> pending() {
        return runs(pending);
    }

    /** Runs whose mail the SMTP server took, oldest run first. */
    public List<String> sent() {
        return runs(sent);
    }

    private static List<String> runs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(EML) && !name.startsWith("."))
                    .map(name -> name.substring(0, name.length() - EML.length()))
                    .sorted(BY_RUN)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public MimeMessage load(String run, Session session) {
        try (InputStream in = Files.newInputStream(pending.resolve(run + EML))) {
            return new ReportMessage(session, in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read the pending mail of run " + run, e);
        }
    }

    /** The SMTP server took the mail. */
    public void markSent(String run) {
        deliver(run, sent.resolve(run + EML));
    }

    /** No SMTP host: the mail's final place is {@code outbox/mail/<run>.eml}. */
    public Path markWritten(String run) {
        Path target = dir.resolve(run + EML);
        deliver(run, target);
        return target;
    }

    /** Notes why the last attempt failed; the mail stays pending for the next one. */
    public void markFailed(String run, String reason) {
        if (!Files.exists(pending.resolve(run + EML))) {
            return;
        }
        try {
            Path temp = pending.resolve("." + run + ERROR + ".tmp");
            Files.writeString(temp, reason + "\n", StandardCharsets.UTF_8);
            Files.move(temp, pending.resolve(run + ERROR), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot note the failed delivery of run " + run, e);
        }
    }

    /**
     * Holds off other processes on the same outbox (the service and a {@code send-latest} command)
     * until closed; blocks while another holds it, calling {@code whileOtherHolds} first. The
     * operating system drops the lock when a process dies, so a crash leaves nothing to clean up.
     */
    public AutoCloseable lock(Runnable whileOtherHolds) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    whileOtherHolds.run();
                    lock = channel.lock();
                }
                FileLock held = lock;
                return () -> {
                    held.release();
                    channel.close();
                };
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    private void deliver(String run, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(pending.resolve(run + EML), target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(pending.resolve(run + ERROR));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the mail of run " + run + " is no longer pending", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the delivered mail of run " + run + " to " + target, e);
        }
    }
}
