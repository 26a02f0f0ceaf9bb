package org.rgo.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Header;
import org.rgo.config.Keys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The mail to {@code rgo.mail.operators} when the data gate holds a run: which run, why, where its
 * report is and how to release it. It goes through the mail outbox like a report's mail (pending
 * until delivered, retried, written as .eml without a mail host), under the name
 * {@code <run folder>.held}, so it is sent once.
 */
public final class OperatorAlert {

    static final String SUFFIX = ".held";

    private final MailSettings settings;
    private final List<InternetAddress> operators;
    private final MailOutbox mail;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public OperatorAlert(MailSettings settings, List<InternetAddress> operators, Path outbox, Clock clock) {
        this.settings = settings;
        this.operators = List.copyOf(operators);
        this.mail = MailOutbox.of(outbox);
        this.clock = clock;
    }

    public static List<InternetAddress> operators(Keys keys) {
        try {
            return List.of(InternetAddress.parse(keys.optional("rgo.mail.operators"), true));
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("configuration key rgo.mail.operators is not a list of email addresses: "
                    + e.getMessage(), e);
        }
    }

    /** Queues the alert for a held run; false when no operator address is configured or it was queued before. */
    public boolean queue(@Header("rgoRunId") String runId, @Header(MailDelivery.OUTPUT_FOLDER) String folder) {
        if (operators.isEmpty() || folder == null) {
            return false;
        }
        Path report = Path.of(folder);
        return mail.queue(report.getFileName() + SUFFIX, compose(runId, report));
    }

    MimeMessage compose(String runId, Path report) {
        GateVerdict verdict = GateVerdict.read(report);
        RunSummary summary = RunSummary.read(report);
        StringBuilder text = new StringBuilder();
        text.append("The data gate held run ").append(runId).append(" (as-of week ").append(summary.asOfWeek())
                .append("). Its report was written but is not mailed to the executives.\n\nReasons:\n");
        verdict.messages().forEach(message -> text.append("- ").append(message).append('\n'));
        text.append("\nReport: ").append(report.toAbsolutePath()).append("\n\n")
                .append("If the data is right after all, release the run (JMX rgo:type=Orchestrator, operation")
                .append(" releaseHeldRun(\"").append(runId).append("\")): it is then mailed as usual, once.\n")
                .append("If it is wrong, drop the corrected files into the inbox: they make a new run.\n");
        try {
            MimeMessage message = new ReportMessage(session);
            if (settings.from().isPresent()) {
                message.setFrom(settings.from().get());
            }
            message.setRecipients(MimeMessage.RecipientType.TO, operators.toArray(InternetAddress[]::new));
            message.setSubject("HELD by the data gate: revenue exposure run " + runId + ", week of "
                    + summary.asOfWeek(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setText(text.toString(), "UTF-8");
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the operators' mail about run " + runId, e);
        }
    }
}
