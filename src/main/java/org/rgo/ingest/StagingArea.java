package org.rgo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The current version of each data set, kept as files in {@code <inbox>/.staging} so that it
 * survives a restart: {@code <kind>.csv}, its SHA-256 in {@code <kind>.sha256}, and in
 * {@code last-run} the fingerprint of the set the last successful run used. A run reads the staged
 * copies through the same {@link ExportReader} as the one-shot command; nothing parsed is kept
 * between runs.
 *
 * <p>A set handed out for a run is handed out again, if that run did not get as far as
 * {@link #markRun}, only after the retry delay, so a failing run (an unwritable outbox) is not
 * retried on every tick. The delay is kept in memory: after a restart the set runs at once, which
 * redoes a run the restart interrupted.
 */
public final class StagingArea {

    /** A complete set of staged files that has not been analysed yet. */
    public record Snapshot(String fingerprint, Map<InputKind, StagedFile> files) {}

    /** A staged data set: the staged copy, the dropped file's name and the content's SHA-256. */
    public record StagedFile(Path path, String originalName, String sha256) {}

    private final Path dir;
    private final LongSupplier clock;
    private final long retryDelayMillis;
    private final Set<InputKind> checkedSinceStart = EnumSet.noneOf(InputKind.class);
    private long lastStagedAt;
    private String handedOutFingerprint;
    private long handedOutAt;

    /** A staging area that hands an unfinished set out again as soon as it is asked. */
    public StagingArea(Path inbox, LongSupplier clock) {
        this(inbox, clock, 0);
    }

    public StagingArea(Path inbox, LongSupplier clock, long retryDelayMillis) {
        this.dir = inbox.resolve(".staging");
        this.clock = clock;
        this.retryDelayMillis = retryDelayMillis;
    }

    public Path dir() {
        return dir;
    }

    /** Makes {@code source} (already checked) the current version of {@code kind}. */
    public synchronized void stage(InputKind kind, Path source) {
        try {
            Files.createDirectories(dir);
            Path staged = dir.resolve(kind.stagedFileName());
            Path temp = dir.resolve(kind.stagedFileName() + ".tmp");
            String sha256 = copyWithDigest(source, temp);
            Files.move(temp, staged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // sha256sum's format, so `sha256sum -c` can check the staged copy
            writeAtomically(dir.resolve(kind.prefix() + ".sha256"), sha256 + "  " + source.getFileName());
            checkedSinceStart.add(kind);
            lastStagedAt = clock.getAsLong();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + source, e);
        }
    }

    /**
     * The staged set, when all three data sets are staged, the set differs from the one last run,
     * nothing has been staged for {@code quietMillis} (files copied together make one run), and the
     * set is not waiting out the retry delay after a run that did not finish.
     */
    public synchronized Optional<Snapshot> readyForRun(long quietMillis) {
        long now = clock.getAsLong();
        if (now - lastStagedAt < quietMillis || !missing().isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = current();
        boolean alreadyRun = snapshot.fingerprint().equals(read(dir.resolve("last-run")).orElse(""));
        if (alreadyRun) {
            return Optional.empty();
        }
        if (snapshot.fingerprint().equals(handedOutFingerprint) && now - handedOutAt < retryDelayMillis) {
            return Optional.empty();
        }
        handedOutFingerprint = snapshot.fingerprint();
        handedOutAt = now;
        return Optional.of(snapshot);
    }

    /** The data sets with no staged version yet. */
    public synchronized List<InputKind> missing() {
        return Arrays.stream(InputKind.values()).filter(kind -> staged(kind).isEmpty()).toList();
    }

    /** The staged set as it is now; fails, naming what is missing, when it is incomplete. */
    public synchronized Snapshot current() {
        List<InputKind> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the staged data set is incomplete: nothing staged yet for "
                    + missing.stream().map(InputKind::prefix).toList());
        }
        Map<InputKind, StagedFile> files = new EnumMap<>(InputKind.class);
        StringBuilder fingerprint = new StringBuilder();
        for (InputKind kind : InputKind.values()) {
            StagedFile staged = staged(kind).orElseThrow();
            files.put(kind, staged);
            fingerprint.append(kind.prefix()).append('=').append(staged.sha256()).append(';');
        }
        return new Snapshot(fingerprint.toString(), files);
    }

    /** The staged version of a data set, if there is one. */
    public synchronized Optional<StagedFile> staged(InputKind kind) {
        Path staged = dir.resolve(kind.stagedFileName());
        Path checksumFile = dir.resolve(kind.prefix() + ".sha256");
        Optional<String> checksum = read(checksumFile);
        if (!Files.isRegularFile(staged) || checksum.isEmpty()) {
            return Optional.empty();
        }
        if (checkedSinceStart.add(kind)) {
            checksum = Optional.of(repairedChecksum(staged, checksumFile, checksum.get()));
        }
        String[] shaAndName = checksum.get().split("  ", 2);
        return Optional.of(new StagedFile(staged, shaAndName.length > 1 ? shaAndName[1] : staged.getFileName().toString(),
                shaAndName[0]));
    }

    /** Records that the set with this fingerprint has been analysed and reported. */
    public synchronized void markRun(String fingerprint) {
        try {
            writeAtomically(dir.resolve("last-run"), fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the run in " + dir, e);
        }
    }

    /**
     * The checksum line of a staged copy, rewritten when it does not match the copy: stage() moves
     * the copy in before it writes the checksum, so a process killed between the two leaves the
     * new copy with the old checksum, which would make the new data look already run.
     */
    private static String repairedChecksum(Path staged, Path checksumFile, String checksumLine) {
        String[] shaAndName = checksumLine.split("  ", 2);
        String actual = sha256(staged);
        if (actual.equals(shaAndName[0])) {
            return checksumLine;
        }
        String repaired = actual + "  " + staged.getFileName();
        try {
            writeAtomically(checksumFile, repaired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + checksumFile, e);
        }
        return repaired;
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String copyWithDigest(Path source, Path target) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
