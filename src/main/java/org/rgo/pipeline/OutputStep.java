package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.rgo.layers.Analysis;
import org.rgo.layers.Kernel;
import org.rgo.layers.RankedCustomers;
import org.rgo.ledger.RunRecord;
import org.rgo.report.Money;
import org.rgo.report.OwnerRecipients;
import org.rgo.report.RunOutput;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Writes a finished analysis: a new run folder in the outbox, or the one-shot command's --out folder. */
public final class OutputStep {

    static final String OUTPUT_FOLDER = "rgoOutputFolder";

    private final Path outbox;
    private final Kernel kernel;
    private final int rowBlock;
    private final OwnerRecipients owners;
    private final Money currency;

    /** {@code rowBlock}: how many customers.csv rows are evaluated and written together. */
    public OutputStep(Path outbox, Kernel kernel, int rowBlock) {
        this(outbox, kernel, rowBlock, OwnerRecipients.NONE, Money.USD);
    }

    /**
     * {@code owners}: how many addresses each owner's action list goes to, for the report to say;
     * {@code currency}: the money of the report for people (rgo.report.currency).
     */
    public OutputStep(Path outbox, Kernel kernel, int rowBlock, OwnerRecipients owners, Money currency) {
        this.outbox = outbox;
        this.kernel = kernel;
        this.rowBlock = rowBlock;
        this.owners = owners;
        this.currency = currency;
    }

    /** Writes the files and sets the {@value #OUTPUT_FOLDER} header to the folder they went to. */
    public void write(Analysis analysis, Exchange exchange) {
        String outputFolder = exchange.getMessage().getHeader(OUTPUT_FOLDER, String.class);
        Optional<RunRecord> lastReported =
                Optional.ofNullable(exchange.getProperty(RunRecorder.LAST_REPORTED, RunRecord.class));
        RunOutput output = new RunOutput(analysis, new RankedCustomers(kernel, analysis, rowBlock), lastReported,
                owners, currency);
        if (outputFolder != null) {
            output.writeInto(Path.of(outputFolder));
        } else {
            Path folder = output.writeRunFolder(outbox, Instant.now());
            exchange.getMessage().setHeader(OUTPUT_FOLDER, folder.toString());
        }
    }
}
