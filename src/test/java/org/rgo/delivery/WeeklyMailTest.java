package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rgo.ledger.RunRecord.Delivery;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly mail through the real service and a real SMTP server (GreenMail, in this JVM). */
class WeeklyMailTest {

    private static final int SMTP_PORT = 3125;
    /** Nothing listens here until a test starts a server: SMTP down, then up. */
    private static final int FLAKY_SMTP_PORT = 3126;
    /** Three recipients (two To, one Cc): GreenMail keeps one copy per recipient. */
    private static final int RECIPIENTS = 3;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Test
    void mailsTheLatestReportToEveryRecipientOnce() throws Exception {
        try (Service service = Service.in("mails-latest").smtpOn(SMTP_PORT).start()) {
            Path run = service.runOnSamples();

            DeliveryOutcome outcome = service.sendLatest();

            assertEquals(run.getFileName().toString(), outcome.latestRun());
            assertEquals(Delivery.DELIVERED, outcome.latestDelivery());
            assertTrue(smtp.waitForIncomingEmail(5_000, RECIPIENTS));
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals(List.of("ceo@example.com", "cfo@example.com"), Inbox.addresses(mail, Message.RecipientType.TO));
            assertEquals(List.of("analyst@example.com"), Inbox.addresses(mail, Message.RecipientType.CC));
            assertEquals("RGO Reports <rgo@example.com>", mail.getHeader("From", null));
            assertEquals(expectedSubject(run), mail.getSubject());
            assertEquals(Files.readString(run.resolve("report.html")), Inbox.htmlWithImagesInlined(mail));
            Map<String, byte[]> attachments = Inbox.attachments(mail);
            assertEquals(Set.of("interventions.csv", "report.md"), attachments.keySet());
            assertArrayEquals(Files.readAllBytes(run.resolve("interventions.csv")), attachments.get("interventions.csv"));
            assertArrayEquals(Files.readAllBytes(run.resolve("report.md")), attachments.get("report.md"));

            assertEquals(Delivery.DELIVERED, service.deliveryInLedger(run));
            assertTrue(Files.isRegularFile(service.mailDir().resolve("sent").resolve(run.getFileName() + ".eml")));
            assertEquals(List.of(), new MailOutbox(service.mailDir()).pending());

            DeliveryOutcome secondTick = service.sendLatest();

            assertEquals(List.of(), secondTick.attempted());
            assertEquals(Delivery.DELIVERED, secondTick.latestDelivery());
            assertEquals(RECIPIENTS, smtp.getReceivedMessages().length);
        }
    }

    @Test
    void smtpDownThenUpDeliversExactlyOnce() throws Exception {
        Service first = Service.in("smtp-down-then-up").smtpOn(FLAKY_SMTP_PORT);
        Path run;
        GreenMail flaky = new GreenMail(new ServerSetup(FLAKY_SMTP_PORT, "127.0.0.1", "smtp"));
        try (Service service = first.start()) {
            run = service.runOnSamples();
            String name = run.getFileName().toString();

            DeliveryOutcome down = service.sendLatest();

            assertEquals(Delivery.FAILED, down.latestDelivery());
            assertEquals(Delivery.FAILED, service.deliveryInLedger(run));
            assertEquals(List.of(name), new MailOutbox(service.mailDir()).pending());

            DeliveryOutcome stillDown = service.sendLatest();

            assertEquals(List.of(new DeliveryOutcome.Mail(name, Delivery.FAILED)), stillDown.attempted());

            flaky.start();
            DeliveryOutcome up = service.sendLatest();

            assertEquals(List.of(new DeliveryOutcome.Mail(name, Delivery.DELIVERED)), up.attempted());
            assertEquals(Delivery.DELIVERED, service.deliveryInLedger(run));
            assertTrue(flaky.waitForIncomingEmail(5_000, RECIPIENTS));
        }
        try (Service restarted = first.again().start()) {
            DeliveryOutcome afterRestart = restarted.sendLatest();

            assertEquals(run.getFileName().toString(), afterRestart.latestRun());
            assertEquals(List.of(), afterRestart.attempted());
            assertEquals(RECIPIENTS, flaky.getReceivedMessages().length);
            assertEquals(1, Arrays.stream(flaky.getReceivedMessages()).map(WeeklyMailTest::messageId).distinct().count());
        } finally {
            flaky.stop();
        }
    }

    @Test
    void mailPendingAtShutdownIsDeliveredAfterTheRestartWithoutATick() throws Exception {
        Service first = Service.in("pending-across-restart").smtpOn(FLAKY_SMTP_PORT);
        Path run;
        try (Service service = first.start()) {
            run = service.runOnSamples();
            assertEquals(Delivery.FAILED, service.sendLatest().latestDelivery());
        }
        GreenMail flaky = new GreenMail(new ServerSetup(FLAKY_SMTP_PORT, "127.0.0.1", "smtp"));
        flaky.start();
        try (Service restarted = first.again().with("rgo.mail.pending-retry-ms", "200").start()) {
            awaitMail(flaky, RECIPIENTS);
            Service.awaitTrue("the mail recorded as sent",
                    () -> new MailOutbox(restarted.mailDir()).status(run.getFileName().toString()) == Delivery.DELIVERED);
            assertEquals(List.of(), new MailOutbox(restarted.mailDir()).pending());
        } finally {
            flaky.stop();
        }
    }

    @Test
    void withoutHostTheMailIsWrittenAsAnEmlFileOnce() throws Exception {
        try (Service service = Service.in("no-host").start()) {
            Path run = service.runOnSamples();

            DeliveryOutcome outcome = service.sendLatest();

            assertEquals(Delivery.DELIVERED, outcome.latestDelivery());
            Path eml = service.mailDir().resolve(run.getFileName() + ".eml");
            MimeMessage mail;
            try (InputStream in = Files.newInputStream(eml)) {
                mail = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertEquals(expectedSubject(run), mail.getSubject());
            assertEquals(Files.readString(run.resolve("report.html")), Inbox.htmlWithImagesInlined(mail));
            assertArrayEquals(Files.readAllBytes(run.resolve("interventions.csv")),
                    Inbox.attachments(mail).get("interventions.csv"));
            assertNull(mail.getHeader("To"));

            service.sendLatest();

            assertEquals(List.of(eml.getFileName().toString()), emlFiles(service.mailDir()));
        }
    }

    @Test
    void theOneShotReportCanBeSeenAsAnEmailWithoutBeingSent() throws Exception {
        try (Service service = Service.in("preview").smtpOn(SMTP_PORT).with("rgo.service.enabled", "false").start()) {
            Path out = service.outbox().resolve("sample");
            var template = service.context().createProducerTemplate();
            template.requestBodyAndHeader("direct:one-shot", "samples", "rgoOutputFolder", out.toString());

            String eml = template.requestBodyAndHeader("direct:mail-preview", null, "rgoOutputFolder", out.toString(),
                    String.class);

            assertEquals(service.mailDir().resolve("sample.eml").toString(), eml);
            MimeMessage mail;
            try (InputStream in = Files.newInputStream(Path.of(eml))) {
                mail = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertEquals(expectedSubject(out), mail.getSubject());
            assertEquals(List.of("ceo@example.com", "cfo@example.com"), Inbox.addresses(mail, Message.RecipientType.TO));
            assertEquals(Files.readString(out.resolve("report.html")), Inbox.htmlWithImagesInlined(mail));
            assertEquals(0, smtp.getReceivedMessages().length);
            assertEquals(List.of(), new MailOutbox(service.mailDir()).pending());
        }
    }

    @Test
    void theWeeklyTickRunsOnNewDataAndMailsItOnce() throws Exception {
        try (Service service = Service.in("tick").smtpOn(SMTP_PORT).with("rgo.schedule.cron", "0/1 * * * * ?").start()) {
            service.dropSamples();

            awaitMail(smtp, RECIPIENTS);
            NotifyBuilder threeMoreTicks = new NotifyBuilder(service.context()).fromRoute("weekly-report").whenDone(3)
                    .create();
            assertTrue(threeMoreTicks.matches(Service.PATIENCE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(RECIPIENTS, smtp.getReceivedMessages().length);
        }
    }

    @Test
    void thePasswordIsNeitherLoggedNorWritten() throws Exception {
        String password = "pw-" + System.nanoTime();
        smtp.setUser("rgo@example.com", "rgo-user", password);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Service service = Service.in("password").smtpOn(SMTP_PORT).with("rgo.mail.username", "rgo-user")
                .with("rgo.mail.password", password);
        System.setErr(new PrintStream(log, true));
        try (service) {
            service.start();
            service.runOnSamples();
            assertEquals(Delivery.DELIVERED, service.sendLatest().latestDelivery());
        } finally {
            System.setErr(stderr);
        }
        assertTrue(log.toString().contains("sent to"), "the log was captured");
        assertFalse(log.toString().contains(password));
        try (Stream<Path> files = Files.walk(service.outbox())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(password), file.toString());
            }
        }
    }

    @Test
    void theServerChecksTheCredentialsSoAWrongPasswordKeepsTheMailPending() throws Exception {
        smtp.setUser("rgo@example.com", "rgo-user", "right-password");
        try (Service service = Service.in("wrong-password").smtpOn(SMTP_PORT).with("rgo.mail.username", "rgo-user")
                .with("rgo.mail.password", "wrong-password").start()) {
            Path run = service.runOnSamples();

            assertEquals(Delivery.FAILED, service.sendLatest().latestDelivery());
            assertEquals(List.of(run.getFileName().toString()), new MailOutbox(service.mailDir()).pending());
            assertEquals(0, smtp.getReceivedMessages().length);
        }
    }

    private static String expectedSubject(Path run) throws Exception {
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        return String.format(Locale.US, "Revenue exposure %s: week of %s, total REI %,.2f", summary.get("verdict").asText(),
                summary.get("as_of_week").asText(), summary.get("total_rei").decimalValue());
    }

    /**
     * GreenMail keeps a copy per recipient, but its waitForIncomingEmail counts SMTP transactions
     * once it is waiting, so count the copies.
     */
    private static void awaitMail(GreenMailOperations server, int copies)
            throws InterruptedException {
        Service.awaitTrue(copies + " received copies", () -> server.getReceivedMessages().length >= copies);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> emlFiles(Path mailDir) throws Exception {
        try (Stream<Path> files = Files.walk(mailDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
