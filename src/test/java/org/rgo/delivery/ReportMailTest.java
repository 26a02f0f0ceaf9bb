package org.rgo.delivery;

import org.rgo.config.Keys;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.rgo.support.ReceivedMail;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The composed message itself, read back from the bytes a server or an .eml file would hold. */
class ReportMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String CUSTOMERS = "customer_id,store_id\r\n7,101\r\n";
    private static final String INTERVENTIONS = "customer_id,store_id\n7,101\n";
    private static final String MARKDOWN = "# Report\n\nVerdict: HIGH\n";

    @Test
    void chartsBecomeInlinePartsTheHtmlRefersToByContentId() throws Exception {
        byte[] png = png();
        Path run = runFolder("with-chart", "<html><body><h1>Report</h1><img alt=\"REI by week\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"></body></html>");

        MimeMessage mail = roundTrip(ReportMail.compose(run, settings(false), SESSION, Instant.EPOCH));

        String html = ReceivedMail.html(mail);
        assertFalse(html.contains("data:image"));
        List<ReceivedMail.InlinePart> inline = ReceivedMail.inlineParts(mail);
        assertEquals(List.of("image/png"), inline.stream().map(ReceivedMail.InlinePart::mediaType).toList());
        assertTrue(html.contains("src=\"cid:" + inline.get(0).contentId() + "\""), html);
        assertArrayEquals(png, inline.get(0).bytes());
        assertEquals(Files.readString(run.resolve("report.html")), ReceivedMail.htmlWithImagesInlined(mail));
    }

    @Test
    void attachesInterventionsAndMarkdownByteForByteAndCustomersOnlyWhenAsked() throws Exception {
        Path run = runFolder("attachments", "<html><body>report</body></html>");

        Map<String, byte[]> usual = ReceivedMail.attachments(roundTrip(ReportMail.compose(run, settings(false), SESSION,
                Instant.EPOCH)));
        Map<String, byte[]> withCustomers = ReceivedMail.attachments(roundTrip(ReportMail.compose(run, settings(true), SESSION,
                Instant.EPOCH)));

        assertEquals(Set.of("interventions.csv", "report.md"), usual.keySet());
        assertArrayEquals(INTERVENTIONS.getBytes(StandardCharsets.UTF_8), usual.get("interventions.csv"));
        assertArrayEquals(MARKDOWN.getBytes(StandardCharsets.UTF_8), usual.get("report.md"));
        assertEquals(Set.of("interventions.csv", "report.md", "customers.csv"), withCustomers.keySet());
        assertArrayEquals(CUSTOMERS.getBytes(StandardCharsets.UTF_8), withCustomers.get("customers.csv"));
    }

    @Test
    void headersCarryTheRunsFiguresAndAMessageIdThatSurvivesSavingAgain() throws Exception {
        Path run = runFolder("2025-11-22_20261123T120000000Z", "<html><body>report</body></html>");

        MimeMessage composed = ReportMail.compose(run, settings(false), SESSION, Instant.parse("2026-11-23T07:00:00Z"));
        MimeMessage stored = roundTrip(composed);
        MimeMessage reloaded = new MailOutboxProbe(stored).resaved();

        assertEquals("Revenue exposure HIGH: week of 2025-11-22, total REI 61,234.57", stored.getSubject());
        assertEquals(List.of("ceo@example.com", "cfo@example.com"), ReceivedMail.addresses(stored, Message.RecipientType.TO));
        assertEquals(List.of("analyst@example.com"), ReceivedMail.addresses(stored, Message.RecipientType.CC));
        assertEquals("<rgo-report-2025-11-22_20261123T120000000Z@example.com>", stored.getMessageID());
        assertEquals(stored.getMessageID(), reloaded.getMessageID());
        assertEquals(Instant.parse("2026-11-23T07:00:00Z"), stored.getSentDate().toInstant());
    }

    /** Loads the stored bytes as the outbox does and saves them again, as the SMTP sender does. */
    private record MailOutboxProbe(MimeMessage stored) {
        MimeMessage resaved() throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stored.writeTo(bytes);
            MimeMessage loaded = new ReportMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
            loaded.saveChanges();
            return loaded;
        }
    }

    static MailSettings settings(boolean attachCustomers) {
        Map<String, String> keys = Map.of("rgo.mail.port", "25", "rgo.mail.starttls", "false",
                "rgo.mail.from", "RGO <rgo@example.com>", "rgo.mail.to", "ceo@example.com, cfo@example.com",
                "rgo.mail.cc", "analyst@example.com", "rgo.mail.attach-customers", Boolean.toString(attachCustomers),
                "rgo.mail.subject", "Revenue exposure {verdict}: week of {as_of_week}, total REI {total_rei}");
        return MailSettings.from(new Keys(keys::get));
    }

    /** A run folder as RunOutput leaves it, with this report.html. */
    static Path runFolder(String name, String html) throws Exception {
        Path run = Path.of("target", "delivery-tests", "compose-" + System.nanoTime(), name);
        Files.createDirectories(run);
        Files.writeString(run.resolve("summary.json"), """
                {"as_of_week": "2025-11-22", "total_gap": 30100.5, "total_rei": 61234.567,
                 "customer_count_with_gaps": 212, "verdict": "HIGH"}
                """);
        Files.writeString(run.resolve("report.html"), html);
        Files.writeString(run.resolve("report.md"), MARKDOWN);
        Files.writeString(run.resolve("interventions.csv"), INTERVENTIONS);
        Files.writeString(run.resolve("customers.csv"), CUSTOMERS);
        return run;
    }

    private static MimeMessage roundTrip(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1d4e89);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
