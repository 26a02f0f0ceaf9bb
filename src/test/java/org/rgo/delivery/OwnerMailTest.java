package org.rgo.delivery;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rgo.ledger.RunRecord.Delivery;
import org.rgo.report.ActionListsOracle;
import org.rgo.support.Await;
import org.rgo.support.ReceivedMail;
import org.rgo.support.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each owner's action list by its own email, through the real service and a real SMTP server
 * (GreenMail in this JVM), the sample dropped in the inbox. On the sample, operations has 190
 * customers, sales leadership 2, sales/marketing 1, customer success none; here every owner but
 * operations-and-sales has an address.
 */
class OwnerMailTest {

    /** Free ports, not fixed ones: other builds on the same machine run their own SMTP servers. */
    private static final int SMTP_PORT = freePort();
    /** Nothing listens here until a test starts a server: SMTP down, then up. */
    private static final int FLAKY_SMTP_PORT = freePort();
    private static final Map<String, List<String>> OWNERS = owners();
    /** Executive: two To and one Cc; the owners' addresses. GreenMail keeps one copy per recipient. */
    private static final int COPIES = 3 + OWNERS.values().stream().mapToInt(List::size).sum();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        owners.put("operations", List.of("ops@example.com", "stock@example.com"));
        owners.put("customer-success", List.of("cs@example.com"));
        owners.put("sales-leadership", List.of("lead@example.com"));
        owners.put("sales-marketing", List.of("marketing@example.com"));
        return owners;
    }

    private static Service withOwners(Service service) {
        OWNERS.forEach((owner, to) -> service.with("rgo.mail.owners." + owner, String.join(", ", to)));
        return service;
    }

    @Test
    void everyAddressedOwnerGetsItsOwnListOnceAcrossTicksAndRestarts() throws Exception {
        Service first = withOwners(Service.in("delivery/owners-mailed").smtpOn(SMTP_PORT));
        Path run;
        try (Service service = first.start()) {
            run = service.runOnSample();
            String name = run.getFileName().toString();

            DeliveryOutcome outcome = service.sendLatest();

            assertEquals(Delivery.DELIVERED, outcome.latestDelivery());
            assertEquals(Stream.concat(Stream.of(name), OWNERS.keySet().stream().sorted().map(o -> name + "." + o))
                    .map(mail -> new DeliveryOutcome.Mail(mail, Delivery.DELIVERED)).toList(), outcome.attempted());
            awaitCopies(smtp, COPIES);
            Map<String, MimeMessage> byId = byMessageId(smtp.getReceivedMessages());
            assertEquals(1 + OWNERS.size(), byId.size());
            for (Map.Entry<String, List<String>> owner : OWNERS.entrySet()) {
                assertOwnerMail(run, owner.getKey(), owner.getValue(),
                        byId.get("<rgo-actions-" + name + "." + owner.getKey() + "@example.com>"));
            }
            assertTrue(byId.containsKey("<rgo-report-" + name + "@example.com>"));
            assertTrue(Files.readString(run.resolve("report.html")).contains("Not mailed, no address configured: "
                    + "Operations and Sales jointly (rgo.mail.owners.operations-and-sales)."));
            assertEquals(List.of(), new MailOutbox(service.mailDir()).pending());
            assertEquals(Delivery.NONE, new MailOutbox(service.mailDir()).status(name + ".operations-and-sales"));
            ActionListsOracle.assertMatches(Path.of("samples"), run);

            DeliveryOutcome secondTick = service.sendLatest();

            assertEquals(List.of(), secondTick.attempted());
        }
        try (Service restarted = first.again().start()) {
            DeliveryOutcome afterRestart = restarted.sendLatest();

            assertEquals(run.getFileName().toString(), afterRestart.latestRun());
            assertEquals(List.of(), afterRestart.attempted());
        }
        assertEquals(COPIES, smtp.getReceivedMessages().length);
    }

    @Test
    void ownerMailsWaitForAnSmtpServerThatIsDownAndGoOutOnce() throws Exception {
        Service first = withOwners(Service.in("delivery/owners-smtp-down").smtpOn(FLAKY_SMTP_PORT));
        GreenMail flaky = new GreenMail(new ServerSetup(FLAKY_SMTP_PORT, "127.0.0.1", "smtp"));
        try (Service service = first.start()) {
            String name = service.runOnSample().getFileName().toString();

            DeliveryOutcome down = service.sendLatest();

            assertEquals(1 + OWNERS.size(), down.attempted().size());
            assertTrue(down.attempted().stream().allMatch(mail -> mail.delivery() == Delivery.FAILED), down.toString());
            assertEquals(1 + OWNERS.size(), new MailOutbox(service.mailDir()).pending().size());
            assertTrue(Files.isRegularFile(service.mailDir().resolve("pending").resolve(name + ".operations.error.txt")));

            flaky.start();
            DeliveryOutcome up = service.sendLatest();

            assertEquals(1 + OWNERS.size(), up.attempted().size());
            assertTrue(up.attempted().stream().allMatch(mail -> mail.delivery() == Delivery.DELIVERED), up.toString());
            awaitCopies(flaky, COPIES);
        }
        try (Service restarted = first.again().start()) {
            assertEquals(List.of(), restarted.sendLatest().attempted());
            assertEquals(COPIES, flaky.getReceivedMessages().length);
            assertEquals(1 + OWNERS.size(), byMessageId(flaky.getReceivedMessages()).size());
        } finally {
            flaky.stop();
        }
    }

    @Test
    void withoutHostAnAddressedOwnersMailIsWrittenAsAnEmlFileOnce() throws Exception {
        try (Service service = Service.in("delivery/owners-no-host").with("rgo.mail.owners.sales-leadership", "lead@example.com")
                .start()) {
            Path run = service.runOnSample();
            String name = run.getFileName().toString();

            service.sendLatest();
            service.sendLatest();

            assertEquals(List.of(name + ".eml", name + ".sales-leadership.eml"), emlFiles(service.mailDir()));
            MimeMessage mail = ReceivedMail.read(service.mailDir().resolve(name + ".sales-leadership.eml"));
            assertEquals(List.of("lead@example.com"), ReceivedMail.addresses(mail, Message.RecipientType.TO));
            assertArrayEquals(Files.readAllBytes(run.resolve("actions/sales-leadership.csv")),
                    ReceivedMail.attachments(mail).get("sales-leadership.csv"));
        }
    }

    @Test
    void anOwnerMailThatCannotBeComposedHoldsUpNoOtherMailAndIsQueuedOnceItCan() throws Exception {
        try (Service service = Service.in("delivery/owners-broken").with("rgo.mail.owners.operations", "ops@example.com")
                .with("rgo.mail.owners.sales-leadership", "lead@example.com").start()) {
            Path run = service.runOnSample();
            String name = run.getFileName().toString();
            Path page = run.resolve("actions").resolve("operations.html");
            Path moved = run.resolve("operations.html.away");
            Files.move(page, moved);

            DeliveryOutcome broken = service.sendLatest();

            assertEquals(Delivery.DELIVERED, broken.latestDelivery());
            assertEquals(List.of(new DeliveryOutcome.Mail(name, Delivery.DELIVERED),
                    new DeliveryOutcome.Mail(name + ".sales-leadership", Delivery.DELIVERED)), broken.attempted());
            assertEquals(Delivery.NONE, new MailOutbox(service.mailDir()).status(name + ".operations"));

            Files.move(moved, page);
            DeliveryOutcome mended = service.sendLatest();

            assertEquals(List.of(new DeliveryOutcome.Mail(name + ".operations", Delivery.DELIVERED)), mended.attempted());
        }
    }

    @Test
    void theOneShotCommandWritesEveryOwnersMailNextToTheExecutiveOne() throws Exception {
        try (Service service = withOwners(Service.in("delivery/owners-preview").smtpOn(SMTP_PORT))
                .with("rgo.service.enabled", "false").start()) {
            Path out = service.outbox().resolve("sample");

            service.context().createProducerTemplate().requestBodyAndHeader("direct:one-shot", "samples",
                    "rgoOutputFolder", out.toString());

            assertEquals(List.of("sample.customer-success.eml", "sample.eml", "sample.operations-and-sales.eml",
                    "sample.operations.eml", "sample.sales-leadership.eml", "sample.sales-marketing.eml"),
                    emlFiles(service.mailDir()));
            for (Map.Entry<String, List<String>> owner : OWNERS.entrySet()) {
                assertOwnerMail(out, owner.getKey(), owner.getValue(),
                        ReceivedMail.read(service.mailDir().resolve("sample." + owner.getKey() + ".eml")));
            }
            MimeMessage unaddressed = ReceivedMail.read(service.mailDir().resolve("sample.operations-and-sales.eml"));
            assertNull(unaddressed.getHeader("To"));
            assertEquals("Action list for Operations and Sales jointly: 0 customers, REI 0.00, week of 2025-11-22",
                    unaddressed.getSubject());
            assertEquals(0, smtp.getReceivedMessages().length);
            assertEquals(List.of(), new MailOutbox(service.mailDir()).pending());
        }
    }

    /**
     * RGO_MAIL_OWNERS_OPERATIONS_AND_SALES sets rgo.mail.owners.operations-and-sales: Camel looks
     * an environment variable up in upper case with dots and dashes as underscores. A child JVM,
     * since a test cannot change its own environment.
     */
    @Test
    void anOwnerKeyWithDashesIsSetByItsEnvironmentVariable() throws Exception {
        Path cwd = Files.createDirectories(Path.of("target", "delivery-tests", "owners-env-" + System.nanoTime())
                .toAbsolutePath());
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rgo.App", "run",
                "--data", Path.of("samples").toAbsolutePath().toString(), "--out", cwd.resolve("out").toString())
                .directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(cwd.resolve("log.txt").toFile());
        java.environment().put("RGO_MAIL_OWNERS_OPERATIONS_AND_SALES", "joint@example.com, board@example.com");
        java.environment().put("RGO_MAIL_OWNERS_CUSTOMER_SUCCESS", "cs@example.com");
        Process process = java.start();

        assertTrue(process.waitFor(Await.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the one-shot command ends");
        assertEquals(0, process.exitValue(), Files.readString(cwd.resolve("log.txt")));
        Path mail = cwd.resolve("outbox").resolve("mail");
        assertEquals(List.of("joint@example.com", "board@example.com"),
                ReceivedMail.addresses(ReceivedMail.read(mail.resolve("out.operations-and-sales.eml")), Message.RecipientType.TO));
        assertEquals(List.of("cs@example.com"),
                ReceivedMail.addresses(ReceivedMail.read(mail.resolve("out.customer-success.eml")), Message.RecipientType.TO));
        assertNull(ReceivedMail.read(mail.resolve("out.operations.eml")).getHeader("To"));
        String report = Files.readString(cwd.resolve("out").resolve("report.md"));
        assertTrue(report.contains("| Operations and Sales jointly | actions/operations-and-sales.csv | 0 | $0.00 | $0.00 "
                + "| mailed to 2 addresses |"), report);
        assertFalse(report.contains("Customer Success (rgo.mail.owners.customer-success)"), report);
    }

    /** The mail of an owner: its addresses, subject, body (its page) and list attached, byte for byte. */
    private static void assertOwnerMail(Path run, String owner, List<String> to, MimeMessage mail) throws Exception {
        assertEquals(to, ReceivedMail.addresses(mail, Message.RecipientType.TO), owner);
        assertEquals("RGO Reports <rgo@example.com>", mail.getHeader("From", null));
        String list = Files.readString(run.resolve("actions").resolve(owner + ".csv"));
        long customers = list.lines().count() - 1;
        assertTrue(mail.getSubject().startsWith("Action list for "), mail.getSubject());
        assertTrue(mail.getSubject().contains(": " + customers + (customers == 1 ? " customer, " : " customers, ")),
                mail.getSubject());
        assertEquals(Files.readString(run.resolve("actions").resolve(owner + ".html")), ReceivedMail.htmlWithImagesInlined(mail));
        Map<String, byte[]> attachments = ReceivedMail.attachments(mail);
        assertEquals(owner.equals("operations") ? Set.of("operations.csv", "restock.csv") : Set.of(owner + ".csv"),
                attachments.keySet());
        assertArrayEquals(list.getBytes(StandardCharsets.UTF_8), attachments.get(owner + ".csv"));
        if (owner.equals("operations")) {
            assertArrayEquals(Files.readAllBytes(run.resolve("restock.csv")), attachments.get("restock.csv"));
        }
    }

    private static Map<String, MimeMessage> byMessageId(MimeMessage[] messages) throws Exception {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : messages) {
            byId.putIfAbsent(message.getMessageID(), message);
        }
        return byId;
    }

    private static void awaitCopies(GreenMailOperations server, int copies) {
        Await.until(copies + " received copies", () -> server.getReceivedMessages().length >= copies);
        assertEquals(copies, server.getReceivedMessages().length,
                Arrays.stream(server.getReceivedMessages()).map(OwnerMailTest::subject).collect(Collectors.joining("\n")));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> emlFiles(Path mailDir) throws Exception {
        try (Stream<Path> files = Files.walk(mailDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }
}
