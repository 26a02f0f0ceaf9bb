package org.rgo.pipeline;

import org.apache.camel.Header;
import org.rgo.layers.Analysis;
import org.rgo.report.RunOutput;

import java.nio.file.Path;
import java.time.Instant;

/** Writes a finished analysis: a new run folder in the outbox, or the one-shot command's --out folder. */
public final class OutputStep {

    static final String OUTPUT_FOLDER = "rgoOutputFolder";

    private final Path outbox;

    OutputStep(Path outbox) {
        this.outbox = outbox;
    }

    /** Returns the folder the files went to. */
    public String write(Analysis analysis, @Header(OUTPUT_FOLDER) String outputFolder) {
        if (outputFolder != null) {
            RunOutput.writeInto(analysis, Path.of(outputFolder));
            return outputFolder;
        }
        return RunOutput.writeRunFolder(analysis, outbox, Instant.now()).toString();
    }
}
