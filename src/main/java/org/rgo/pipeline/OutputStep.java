package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.layers.Analysis;
import org.rgo.report.RunOutput;

import java.nio.file.Path;
import java.time.Instant;

/** Writes a finished analysis: a new run folder in the outbox, or the one-shot command's --out folder. */
public final class OutputStep {

    static final String OUTPUT_FOLDER = "rgoOutputFolder";
    /**
     * The run's headline for the route's log. Computed here because a {@code ${body.x}} expression
     * makes Camel's bean cache hash the body, and a record's hash walks every customer's results.
     */
    static final String RUN_SUMMARY = "rgoRunSummary";

    private final Path outbox;

    OutputStep(Path outbox) {
        this.outbox = outbox;
    }

    /** Writes the files and sets the {@value #OUTPUT_FOLDER} header to the folder they went to. */
    public void write(Analysis analysis, Exchange exchange) {
        exchange.getMessage().setHeader(RUN_SUMMARY, "as-of " + analysis.executive().asOfWeek()
                + ", total REI " + analysis.portfolio().totalRei() + ", gap " + analysis.portfolio().totalGap() + ", "
                + analysis.portfolio().customerCountWithGaps() + " customers at risk, verdict "
                + analysis.executive().verdict());
        String outputFolder = exchange.getMessage().getHeader(OUTPUT_FOLDER, String.class);
        if (outputFolder != null) {
            RunOutput.writeInto(analysis, Path.of(outputFolder));
        } else {
            Path folder = RunOutput.writeRunFolder(analysis, outbox, Instant.now());
            exchange.getMessage().setHeader(OUTPUT_FOLDER, folder.toString());
        }
    }
}
