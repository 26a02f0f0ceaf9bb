package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.layers.Analysis;
import org.rgo.ledger.RunRecord;
import org.rgo.report.RunOutput;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Writes a finished analysis: a new run folder in the outbox, or the one-shot command's --out folder. */
public final class OutputStep {

    static final String OUTPUT_FOLDER = "rgoOutputFolder";

    private final Path outbox;

    OutputStep(Path outbox) {
        this.outbox = outbox;
    }

    /** Writes the files and sets the {@value #OUTPUT_FOLDER} header to the folder they went to. */
    public void write(Analysis analysis, Exchange exchange) {
        String outputFolder = exchange.getMessage().getHeader(OUTPUT_FOLDER, String.class);
        Optional<RunRecord> lastReported =
                Optional.ofNullable(exchange.getProperty(RunRecorder.LAST_REPORTED, RunRecord.class));
        if (outputFolder != null) {
            RunOutput.writeInto(analysis, Path.of(outputFolder), lastReported);
        } else {
            Path folder = RunOutput.writeRunFolder(analysis, outbox, Instant.now(), lastReported);
            exchange.getMessage().setHeader(OUTPUT_FOLDER, folder.toString());
        }
    }
}
