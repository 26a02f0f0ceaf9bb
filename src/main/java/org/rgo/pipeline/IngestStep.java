package org.rgo.pipeline;

import org.apache.camel.Header;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.Problems;
import org.rgo.ingest.RejectedFileException;
import org.rgo.ingest.StagingArea;

import java.io.File;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The ingest route's steps: check one dropped file and stage it, or explain its rejection. */
public final class IngestStep {

    private final ExportReader reader;
    private final StagingArea staging;

    public IngestStep(ExportReader reader, StagingArea staging) {
        this.reader = reader;
        this.staging = staging;
    }

    /** Checks and stages the file; throws {@link RejectedFileException} when it breaks a rule. */
    public String accept(@Header("CamelFileNameOnly") String name, File file) {
        InputKind kind = InputKind.forFileName(name)
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a known export name"));
        reader.check(kind, file.toPath());
        staging.stage(kind, file.toPath());
        return kind.prefix();
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
