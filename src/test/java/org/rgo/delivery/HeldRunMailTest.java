package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rgo.gate.Exports;
import org.rgo.ledger.RunGate;
import org.rgo.ledger.RunRecord;
import org.rgo.ledger.RunRecord.Delivery;
import org.rgo.support.Await;
import org.rgo.support.LogCapture;
import org.rgo.support.ReceivedMail;
import org.rgo.support.Service;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run the data gate holds, through the real service and a real SMTP server: its report is
 * written and marked HELD, nothing of it is mailed (no tick, no restart changes that), operators
 * get their mail, and a release over JMX mails it exactly once; corrected files replace it instead.
 */
class HeldRunMailTest {

    /** A free port, not a fixed one: other builds on the same machine run their own SMTP servers. */
    private static final int SMTP_PORT = freePort();
    private static final int EXECUTIVE_COPIES = 3;
    private static final String OPERATOR = "on-call@example.com";
    /** The sample's largest owner (190 customers); the owner mail of a run goes with its report. */
    private static final String OWNER = "stock@example.com";
    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Service service(String name) {
        return Service.in("delivery/" + name).smtpOn(SMTP_PORT);
    }

    @Test
    void aHeldRunIsNotMailedUntilReleasedAndThenExactlyOnce() throws Exception {
        Service first = service("held-then-released").with("rgo.mail.operators", OPERATOR)
                .with("rgo.mail.owners.operations", OWNER);
        RunRecord held;
        try (Service service = first.start(); LogCapture log = new LogCapture()) {
            service.runOnSample();

            held = dropAndAwait(service, truncatedSales(service), RunRecord.Status.HELD);
            Path folder = Path.of(held.outputFolder());

            JsonNode gate = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("gate");
            assertEquals("HELD", gate.get("status").asText());
            assertEquals("as-of-week-rows", gate.get("reasons").get(0).get("check").asText());
            assertEquals("rgo.gate.rows.min-ratio", gate.get("reasons").get(0).get("threshold_key").asText());
            assertTrue(Files.readString(folder.resolve("report.md")).contains("HELD by the data gate"));
            // the route logs the line after the ledger has the run
            Await.until("the ERROR line", () -> log.text().lines().anyMatch(line -> line.contains("ERROR")
                    && line.contains(held.runId()) && line.contains("HELD by the data gate")
                    && line.contains("rgo.gate.rows.min-ratio")));
            assertEquals("HELD", orchestrator("LastRunStatus"));
            assertTrue(((String[]) orchestrator("LastGateReasons"))[0].contains("rgo.gate.rows.min-ratio"));

            MimeMessage alert = awaitOneMailTo(OPERATOR);
            assertTrue(alert.getSubject().contains("HELD") && alert.getSubject().contains(held.runId()));
            assertTrue(((String) alert.getContent()).contains("releaseHeldRun(\"" + held.runId() + "\")"));

            DeliveryOutcome tick = service.sendLatest();

            assertEquals(folder.getFileName().toString(), tick.latestRun());
            assertTrue(tick.latestHeld());
            assertTrue(tick.toString().contains("held by the data gate"), tick.toString());
            assertEquals(Delivery.NONE, tick.latestDelivery());
            assertEquals(List.of(), tick.attempted());
            assertEquals(List.of(), executiveMail());
            assertEquals(List.of(), mailTo(OWNER), "no owner mail of a held run");

            String answer = (String) JMX.invoke(new ObjectName("rgo:type=Orchestrator"), "releaseHeldRun",
                    new Object[] {held.runId()}, new String[] {String.class.getName()});

            assertTrue(answer.contains("SUCCEEDED"), answer);
            Await.until("the released run's mail", () -> executiveMail().size() == EXECUTIVE_COPIES);
            assertEquals(1, mailTo(OWNER).size(), "the released run's owner mail, as on a tick");
            assertTrue(executiveMail().stream().allMatch(mail -> subject(mail).contains(
                    held.asOfWeek().toString())));
            assertEquals(Delivery.DELIVERED, service.deliveryOf(folder));
            RunRecord released = service.ledger().find(held.runId()).orElseThrow();
            assertEquals(RunRecord.Status.SUCCEEDED, released.status());
            RunGate record = service.ledger().gate(held.runId()).orElseThrow();
            assertEquals("HELD", record.status());
            assertNotNull(record.releasedAt());

            RuntimeMBeanException again = assertThrows(RuntimeMBeanException.class, () -> JMX.invoke(new ObjectName("rgo:type=Orchestrator"),
                    "releaseHeldRun", new Object[] {held.runId()}, new String[] {String.class.getName()}));
            assertTrue(String.valueOf(again.getCause().getMessage()).contains("not HELD"), again.toString());
            assertEquals(List.of(), service.sendLatest().attempted());
        }
        try (Service restarted = first.again().start()) {
            assertEquals(List.of(), restarted.sendLatest().attempted());
            assertEquals(EXECUTIVE_COPIES, executiveMail().size());
            assertEquals(1, mailTo(OWNER).size());
        }
    }

    @Test
    void correctedFilesReplaceAHeldRunAndAreMailedInsteadOfIt() throws Exception {
        try (Service service = service("held-then-corrected").start()) {
            Path good = service.runOnSample();
            RunRecord held = dropAndAwait(service, truncatedSales(service), RunRecord.Status.HELD);

            RunRecord corrected = dropAndAwait(service, Path.of("samples", Exports.SALES), RunRecord.Status.SUCCEEDED);
            DeliveryOutcome tick = service.sendLatest();

            assertEquals(Path.of(corrected.outputFolder()).getFileName().toString(), tick.latestRun());
            assertEquals(false, tick.latestHeld());
            assertEquals(Delivery.DELIVERED, tick.latestDelivery());
            assertEquals(EXECUTIVE_COPIES, executiveMail().size());
            assertEquals(Delivery.NONE, new MailOutbox(service.mailDir())
                    .status(Path.of(held.outputFolder()).getFileName().toString()));
            assertEquals(Delivery.NONE, new MailOutbox(service.mailDir()).status(good.getFileName().toString()));
        }
    }

    @Test
    void withTheGateOffTheSameRunIsReportedAndMailed() throws Exception {
        try (Service service = service("gate-off").with("rgo.gate.enabled", "false").start()) {
            service.runOnSample();
            RunRecord run = dropAndAwait(service, truncatedSales(service), RunRecord.Status.SUCCEEDED);

            JsonNode gate = new ObjectMapper().readTree(Path.of(run.outputFolder()).resolve("summary.json").toFile())
                    .get("gate");
            assertEquals("OFF", gate.get("status").asText());
            assertEquals(Delivery.DELIVERED, service.sendLatest().latestDelivery());
            assertEquals(EXECUTIVE_COPIES, executiveMail().size());
        }
    }

    /** The sample's sales file with 60 % of the last week's rows gone. */
    private static Path truncatedSales(Service service) {
        Path scratch = service.root().resolve("truncated");
        return Exports.truncatedLastWeek(Path.of("samples"), scratch, 0.6, 3).resolve(Exports.SALES);
    }

    /** Drops a sales file into the inbox and waits for the new run it makes to end with {@code status}. */
    private static RunRecord dropAndAwait(Service service, Path salesFile, RunRecord.Status status) throws Exception {
        int before = service.runs().size();
        service.inbox().drop(Exports.SALES, Files.readAllBytes(salesFile));
        return Await.value("a new run " + status, () -> Optional.of(service.runs())
                .filter(runs -> runs.size() > before && runs.get(0).status() == status)
                .map(runs -> runs.get(0)));
    }

    private static Object orchestrator(String attribute) throws JMException {
        return JMX.getAttribute(new ObjectName("rgo:type=Orchestrator"), attribute);
    }

    private static MimeMessage awaitOneMailTo(String address) throws Exception {
        Await.until("a mail to " + address, () -> !mailTo(address).isEmpty());
        List<MimeMessage> mails = mailTo(address);
        assertEquals(1, mails.size());
        return mails.get(0);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return ReceivedMail.addresses(mail, Message.RecipientType.TO).contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Copies of the executive report mail (every mail neither to the operators nor to the owner). */
    private static List<MimeMessage> executiveMail() {
        List<MimeMessage> others = new java.util.ArrayList<>(mailTo(OPERATOR));
        others.addAll(mailTo(OWNER));
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> !others.contains(mail)).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
