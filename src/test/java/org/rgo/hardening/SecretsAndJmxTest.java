package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.config.Settings;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.LogCapture;
import org.rgo.hardening.support.Service;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets given as properties never reach the log or an output, remote JMX stays off unless the
 * JVM is started with it, and HTTP management stays on loopback unless configured.
 */
class SecretsAndJmxTest {

    private static final String SECRET = "S3cr3t-do-not-log-7f2b";

    @Test
    void secretPropertiesAreNeverLoggedNorWrittenAndRemoteJmxIsOff() throws Exception {
        Path root = Folders.wiped("target/hardening/secrets");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (LogCapture log = new LogCapture();
             Service service = Service.start(inbox.dir(), outbox,
                     "camel.main.jmx-enabled=true",
                     "camel.component.smtp.password=" + SECRET,
                     "rgo.mail.password=" + SECRET,
                     "rgo.ledger.jdbc-password=" + SECRET,
                     "rgo.api.token=" + SECRET)) {
            inbox.dropSample();
            Path run = Await.value("a run folder", () -> Folders.runFolders(outbox).stream().findFirst());

            Await.until("the run's log line", () -> log.text().contains("report in " + run));
            Check.contains(log.text(), "rgo.inbox");
            Check.lacks(log.text(), SECRET);
            for (String file : Folders.allFiles(root)) {
                // bytes as Latin-1: the run ledger is a binary database file, and the secret is ASCII
                Check.lacks(new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.ISO_8859_1), SECRET);
            }
            assertTrue(Folders.runFolders(outbox).contains(run));
            inbox.awaitRunMarked("");
        }
        assertNull(System.getProperty("com.sun.management.jmxremote.port"), "no remote JMX port in tests");
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(argument -> argument.contains("jmxremote")), "the JVM runs without remote JMX");
        Properties shipped = Settings.applicationProperties();
        shipped.stringPropertyNames().forEach(key ->
                assertTrue(!key.contains("jmxremote"), "application.properties opens no remote JMX: " + key));
        // HTTP management listens on loopback unless an operator binds it elsewhere (with credentials)
        assertEquals("{{rgo.http.host}}", shipped.getProperty("camel.management.host"));
        assertTrue(InetAddress.getByName(shipped.getProperty("rgo.http.host")).isLoopbackAddress());
    }
}
