package org.rgo.pipeline;

import org.apache.camel.Header;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.RejectedFileException;
import org.rgo.ingest.StagingArea;

import java.io.File;

/** The ingest route's steps: check and read one dropped file, stage it, or explain its rejection. */
public final class IngestStep {

    private final ExportReader reader;
    private final StagingArea staging;

    IngestStep(ExportReader reader, StagingArea staging) {
        this.reader = reader;
        this.staging = staging;
    }

    /** Reads and stages the file; throws {@link RejectedFileException} when it breaks a rule. */
    public String accept(@Header("CamelFileNameOnly") String name, File file) {
        InputKind kind = InputKind.forFileName(name)
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a known export name"));
        Object table = reader.read(kind, file.toPath());
        staging.stage(kind, file.toPath(), table);
        return kind.prefix();
    }

    /** The text of {@code <file>.error.txt}. */
    public String rejectionReport(@Header("CamelFileNameOnly") String name, Exception failure) {
        if (failure instanceof RejectedFileException rejected) {
            return rejected.report();
        }
        return "Rejected " + name + ": " + failure.getMessage() + "\n";
    }
}
