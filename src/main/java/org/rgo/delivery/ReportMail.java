package org.rgo.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The email of one run: the executive report (report.html) as the HTML body, interventions.csv
 * and report.md attached (customers.csv too when configured), the headline figures in the subject.
 * Charts embedded in report.html as data: URIs become inline parts referenced by cid:, because
 * common mail clients (Gmail, Outlook) do not show data: images.
 */
public final class ReportMail {

    private static final Pattern DATA_IMAGE =
            Pattern.compile("src=\"data:(image/[A-Za-z0-9.+-]+);base64,([A-Za-z0-9+/=\\s]+)\"");
    static final String CSV = "text/csv; charset=UTF-8";
    private static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private record InlineImage(String contentId, String mimeType, byte[] bytes) {}

    private ReportMail() {}

    public static MimeMessage compose(Path runFolder, MailSettings settings, Session session, Instant now) {
        String run = runFolder.getFileName().toString();
        RunSummary summary = RunSummary.read(runFolder);
        try {
            MimeMessage message = new ReportMessage(session);
            message.setHeader("Message-ID", "<rgo-report-" + run + "@" + domain(settings) + ">");
            if (settings.from().isPresent()) {
                message.setFrom(settings.from().get());
            }
            message.setRecipients(MimeMessage.RecipientType.TO, settings.to().toArray(InternetAddress[]::new));
            if (!settings.cc().isEmpty()) {
                message.setRecipients(MimeMessage.RecipientType.CC, settings.cc().toArray(InternetAddress[]::new));
            }
            message.setSubject(ReportSubject.of(settings.subject(), summary), "UTF-8");
            message.setSentDate(Date.from(now));

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body(read(runFolder, "report.html"), run));
            mixed.addBodyPart(attachment(runFolder, "interventions.csv", CSV));
            mixed.addBodyPart(attachment(runFolder, "report.md", MARKDOWN));
            if (settings.attachCustomers()) {
                mixed.addBodyPart(attachment(runFolder, "customers.csv", CSV));
            }
            message.setContent(mixed);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the mail of run " + run, e);
        }
    }

    /** The HTML alone, or the HTML with its charts as related inline parts. */
    static MimeBodyPart body(String html, String run) throws MessagingException {
        List<InlineImage> images = new ArrayList<>();
        Matcher m = DATA_IMAGE.matcher(html);
        String cidHtml = m.replaceAll(match -> {
            String contentId = "chart-" + (images.size() + 1) + "." + run + "@rgo";
            images.add(new InlineImage(contentId, match.group(1), Base64.getMimeDecoder().decode(match.group(2))));
            return Matcher.quoteReplacement("src=\"cid:" + contentId + "\"");
        });
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(cidHtml, "UTF-8", "html");
        if (images.isEmpty()) {
            return htmlPart;
        }
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(htmlPart);
        for (InlineImage image : images) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.mimeType())));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(Part.INLINE);
            related.addBodyPart(part);
        }
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        return wrapper;
    }

    static MimeBodyPart attachment(Path runFolder, String name, String type) throws MessagingException {
        return attachment(runFolder, name, name, type);
    }

    /** The file {@code name} of the run folder, attached as {@code fileName}. */
    static MimeBodyPart attachment(Path runFolder, String name, String fileName, String type)
            throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes(runFolder, name), type)));
        part.setFileName(fileName);
        part.setDisposition(Part.ATTACHMENT);
        // base64 carries the file byte for byte; a text encoding would turn its line ends into CRLF
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    static String domain(MailSettings settings) {
        return settings.from().map(InternetAddress::getAddress).filter(a -> a.contains("@"))
                .map(a -> a.substring(a.indexOf('@') + 1)).orElse("localhost");
    }

    static String read(Path runFolder, String name) {
        return new String(bytes(runFolder, name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path runFolder, String name) {
        try {
            return Files.readAllBytes(runFolder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runFolder.resolve(name), e);
        }
    }
}
