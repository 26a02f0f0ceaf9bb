package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rgo.ledger.RunRecord.Delivery;
import org.rgo.support.Await;
import org.rgo.support.Check;
import org.rgo.support.Folders;
import org.rgo.support.LogCapture;
import org.rgo.support.ReceivedMail;
import org.rgo.support.Service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly mail through the real service and a real SMTP server (GreenMail, in this JVM). */
class WeeklyMailTest {

    /** Three recipients (two To, one Cc): GreenMail keeps one copy per recipient. */
    private static final int RECIPIENTS = 3;

    /** On a free port: other builds on the machine may run this test at the same time. */
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());

    private static int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** A port nothing listens on until the test starts a server there: SMTP down, then up. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void mailsTheLatestReportToEveryRecipientOnce() throws Exception {
        try (Service service = Service.in("delivery/mails-latest").smtpOn(smtpPort()).start()) {
            Path run = service.runOnSample();

            DeliveryOutcome outcome = service.sendLatest();

            assertEquals(run.getFileName().toString(), outcome.latestRun());
            assertEquals(Delivery.DELIVERED, outcome.latestDelivery());
            awaitMail(smtp, RECIPIENTS);
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals(List.of("ceo@example.com", "cfo@example.com"), ReceivedMail.addresses(mail, Message.RecipientType.TO));
            assertEquals(List.of("analyst@example.com"), ReceivedMail.addresses(mail, Message.RecipientType.CC));
            assertEquals("RGO Reports <rgo@example.com>", mail.getHeader("From", null));
            assertEquals(expectedSubject(run), mail.getSubject());
            assertEquals(Files.readString(run.resolve("report.html")), ReceivedMail.htmlWithImagesInlined(mail));
            Map<String, byte[]> attachments = ReceivedMail.attachments(mail);
            assertEquals(Set.of("interventions.csv", "report.md"), attachments.keySet());
            assertArrayEquals(Files.readAllBytes(run.resolve("interventions.csv")), attachments.get("interventions.csv"));
            assertArrayEquals(Files.readAllBytes(run.resolve("report.md")), attachments.get("report.md"));

            assertEquals(Delivery.DELIVERED, service.deliveryOf(run));
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
        int flakyPort = freePort();
        Service first = Service.in("delivery/smtp-down-then-up").smtpOn(flakyPort);
        Path run;
        GreenMail flaky = new GreenMail(new ServerSetup(flakyPort, "127.0.0.1", "smtp"));
        try (Service service = first.start()) {
            run = service.runOnSample();
            String name = run.getFileName().toString();

            DeliveryOutcome down = service.sendLatest();

            assertEquals(Delivery.FAILED, down.latestDelivery());
            assertEquals(Delivery.FAILED, service.deliveryOf(run));
            assertEquals(List.of(name), new MailOutbox(service.mailDir()).pending());

            DeliveryOutcome stillDown = service.sendLatest();

            assertEquals(List.of(new DeliveryOutcome.Mail(name, Delivery.FAILED)), stillDown.attempted());

            flaky.start();
            DeliveryOutcome up = service.sendLatest();

            assertEquals(List.of(new DeliveryOutcome.Mail(name, Delivery.DELIVERED)), up.attempted());
            assertEquals(Delivery.DELIVERED, service.deliveryOf(run));
            awaitMail(flaky, RECIPIENTS);
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
        int flakyPort = freePort();
        Service first = Service.in("delivery/pending-across-restart").smtpOn(flakyPort);
        Path run;
        try (Service service = first.start()) {
            run = service.runOnSample();
            assertEquals(Delivery.FAILED, service.sendLatest().latestDelivery());
        }
        GreenMail flaky = new GreenMail(new ServerSetup(flakyPort, "127.0.0.1", "smtp"));
        flaky.start();
        try (Service restarted = first.again().with("rgo.mail.pending-retry-ms", "200").start()) {
            awaitMail(flaky, RECIPIENTS);
            Await.until("the mail recorded as sent",
                    () -> new MailOutbox(restarted.mailDir()).status(run.getFileName().toString()) == Delivery.DELIVERED);
            assertEquals(List.of(), new MailOutbox(restarted.mailDir()).pending());
        } finally {
            flaky.stop();
        }
    }

    @Test
    void withoutHostTheMailIsWrittenAsAnEmlFileOnce() throws Exception {
        try (Service service = Service.in("delivery/no-host").start()) {
            Path run = service.runOnSample();

            DeliveryOutcome outcome = service.sendLatest();

            assertEquals(Delivery.DELIVERED, outcome.latestDelivery());
            Path eml = service.mailDir().resolve(run.getFileName() + ".eml");
            MimeMessage mail = ReceivedMail.read(eml);
            assertEquals(expectedSubject(run), mail.getSubject());
            assertEquals(Files.readString(run.resolve("report.html")), ReceivedMail.htmlWithImagesInlined(mail));
            assertArrayEquals(Files.readAllBytes(run.resolve("interventions.csv")),
                    ReceivedMail.attachments(mail).get("interventions.csv"));
            assertNull(mail.getHeader("To"));

            service.sendLatest();

            assertEquals(List.of(eml.getFileName().toString()), emlFiles(service.mailDir()));
        }
    }

    @Test
    void theOneShotReportCanBeSeenAsAnEmailWithoutBeingSent() throws Exception {
        try (Service service = Service.in("delivery/preview").smtpOn(smtpPort()).with("rgo.service.enabled", "false").start()) {
            Path out = service.outbox().resolve("sample");
            var template = service.context().createProducerTemplate();
            template.requestBodyAndHeader("direct:one-shot", "samples", "rgoOutputFolder", out.toString());

            String eml = template.requestBodyAndHeader("direct:mail-preview", null, "rgoOutputFolder", out.toString(),
                    String.class);

            assertEquals(service.mailDir().resolve("sample.eml").toString(), eml);
            MimeMessage mail = ReceivedMail.read(Path.of(eml));
            assertEquals(expectedSubject(out), mail.getSubject());
            assertEquals(List.of("ceo@example.com", "cfo@example.com"), ReceivedMail.addresses(mail, Message.RecipientType.TO));
            assertEquals(Files.readString(out.resolve("report.html")), ReceivedMail.htmlWithImagesInlined(mail));
            assertEquals(0, smtp.getReceivedMessages().length);
            assertEquals(List.of(), new MailOutbox(service.mailDir()).pending());
        }
    }

    @Test
    void theWeeklyTickRunsOnNewDataAndMailsItOnce() throws Exception {
        try (Service service = Service.in("delivery/tick").smtpOn(smtpPort()).with("rgo.schedule.cron", "0/1 * * * * ?").start()) {
            service.inbox().dropSample();

            awaitMail(smtp, RECIPIENTS);
            Await.routeDone(service.context(), "weekly-report", 3, () -> { });
            assertEquals(RECIPIENTS, smtp.getReceivedMessages().length);
        }
    }

    @Test
    void thePasswordIsNeitherLoggedNorWritten() throws Exception {
        String password = "pw-" + System.nanoTime();
        smtp.setUser("rgo@example.com", "rgo-user", password);
        Service service = Service.in("delivery/password").smtpOn(smtpPort()).with("rgo.mail.username", "rgo-user")
                .with("rgo.mail.password", password);
        String log;
        try (LogCapture capture = new LogCapture(); Service started = service.start()) {
            started.runOnSample();
            assertEquals(Delivery.DELIVERED, started.sendLatest().latestDelivery());
            log = capture.text();
        }
        Check.contains(log, "sent to");
        Check.lacks(log, password);
        for (String file : Folders.allFiles(service.root())) {
            // bytes as Latin-1: the run ledger is a binary database file, and the password is ASCII
            Check.lacks(new String(Files.readAllBytes(service.root().resolve(file)), StandardCharsets.ISO_8859_1),
                    password);
        }
    }

    @Test
    void theServerChecksTheCredentialsSoAWrongPasswordKeepsTheMailPending() throws Exception {
        smtp.setUser("rgo@example.com", "rgo-user", "right-password");
        try (Service service = Service.in("delivery/wrong-password").smtpOn(smtpPort()).with("rgo.mail.username", "rgo-user")
                .with("rgo.mail.password", "wrong-password").start()) {
            Path run = service.runOnSample();

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
    private static void awaitMail(GreenMailOperations server, int copies) {
        Await.until(copies + " received copies", () -> server.getReceivedMessages().length >= copies);
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
