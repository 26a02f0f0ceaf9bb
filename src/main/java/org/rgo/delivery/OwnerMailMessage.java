package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.rgo.layers.RootCause;
import org.rgo.report.ActionLists;
import org.rgo.report.Formats;
import org.rgo.report.OwnerPage;
import org.rgo.report.RestockCsv;
import org.rgo.report.RunOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

/**
 * The email of one owner's action list: actions/&lt;owner key&gt;.html as the body (its totals and
 * first rows), its actions/&lt;owner key&gt;.csv attached as &lt;owner key&gt;.csv, and restock.csv too
 * for the owners who restock. A fixed Message-ID per run and owner.
 */
final class OwnerMailMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnerMailMessage() {}

    static MimeMessage compose(OwnerMail mail, MailSettings settings, Session session, Instant now) {
        RootCause owner = mail.owner();
        Path folder = mail.folder();
        try {
            MimeMessage message = new ReportMessage(session);
            message.setHeader("Message-ID", "<rgo-actions-" + mail.name() + "@" + ReportMail.domain(settings) + ">");
            if (settings.from().isPresent()) {
                message.setFrom(settings.from().get());
            }
            if (mail.addressed()) {
                message.setRecipients(MimeMessage.RecipientType.TO, mail.to().toArray(InternetAddress[]::new));
            }
            message.setSubject(subject(folder, owner), "UTF-8");
            message.setSentDate(Date.from(now));
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(ReportMail.body(ReportMail.read(folder, OwnerPage.file(owner)), mail.name()));
            mixed.addBodyPart(ReportMail.attachment(folder, ActionLists.file(owner), owner.ownerKey() + ".csv",
                    ReportMail.CSV));
            if (owner.restocks()) {
                mixed.addBodyPart(ReportMail.attachment(folder, RestockCsv.FILE, ReportMail.CSV));
            }
            message.setContent(mixed);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the mail " + mail.name(), e);
        }
    }

    /** "Action list for Operations/Inventory: 3 customers, REI 47.25, week of 2025-11-22". */
    private static String subject(Path folder, RootCause owner) {
        Path file = folder.resolve(RunOutput.SUMMARY);
        try {
            JsonNode summary = JSON.readTree(file.toFile());
            JsonNode list = summary.path("action_lists").path(owner.ownerKey());
            if (list.isMissingNode()) {
                throw new IllegalStateException(file + " has no action_lists." + owner.ownerKey());
            }
            long customers = list.path("customers").asLong();
            return "Action list for " + owner.owner() + ": " + customers + (customers == 1 ? " customer" : " customers")
                    + ", REI " + Formats.money(list.path("total_rei").asDouble()) + ", week of "
                    + summary.path("as_of_week").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
