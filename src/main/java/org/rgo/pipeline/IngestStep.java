package org.rgo.pipeline;

import org.apache.camel.Header;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.Problems;
import org.rgo.ingest.RejectedFileException;
import org.rgo.ingest.StagingArea;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The ingest route's steps: check and read one dropped file, stage it, or explain its rejection. */
public final class IngestStep {

    private final ExportReader reader;
    private final StagingArea staging;
    private final long maxFileBytes;

    IngestStep(ExportReader reader, StagingArea staging, long maxFileBytes) {
        this.reader = reader;
        this.staging = staging;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads and stages the file; throws {@link RejectedFileException} when it breaks a rule. */
    public String accept(@Header("CamelFileNameOnly") String name, File file) {
        InputKind kind = InputKind.forFileName(name)
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a known export name"));
        Path path = file.toPath();
        checkPlainFile(name, path);
        Object table = reader.read(kind, path);
        staging.stage(kind, path, table);
        return kind.prefix();
    }

    /**
     * Only a regular file of at most rgo.ingest.max-file-bytes is opened. A symbolic link could
     * make the service read, and quote in its error file, a file the dropper cannot read; a pipe
     * would block the inbox forever.
     */
    private void checkPlainFile(String name, Path path) {
        if (Files.isSymbolicLink(path)) {
            throw reject(name, "is a symbolic link; drop the file itself");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw reject(name, "is not a regular file");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
        if (size > maxFileBytes) {
            throw reject(name, "the file has " + size + " bytes, more than the limit of " + maxFileBytes
                    + " (rgo.ingest.max-file-bytes)");
        }
    }

    private static RejectedFileException reject(String name, String rule) {
        return new Problems(name, 1).reject(0, 0, null, null, rule);
    }

    /** The text of {@code <file>.error.txt}. */
    public String rejectionReport(@Header("CamelFileNameOnly") String name, Exception failure) {
        if (failure instanceof RejectedFileException rejected) {
            return rejected.report();
        }
        // not the file's fault (disk full, permissions): say so, so that nobody edits a good file
        return "Not accepted " + Problems.printable(name) + " because of a problem on the service's side, not in"
                + " the file: " + Problems.printable(String.valueOf(failure.getMessage()))
                + "\nDrop the file again once the problem is fixed.\n";
    }

    /** The log line for a file in the inbox that the service does not read. */
    public String ignoredFileNotice(@Header("CamelFileNameOnly") String name) {
        String expected = Arrays.stream(InputKind.values()).map(kind -> kind.prefix() + "*.csv")
                .collect(Collectors.joining(", "));
        return "Left alone in the inbox: '" + Problems.printable(name) + "' is not an export the service reads ("
                + expected + ", any case)";
    }
}
