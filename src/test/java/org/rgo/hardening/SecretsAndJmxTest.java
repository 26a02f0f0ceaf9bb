package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.config.Settings;
import org.rgo.support.Await;
import org.rgo.support.Check;
import org.rgo.support.Folders;
import org.rgo.support.LogCapture;
import org.rgo.support.Service;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets given as properties never reach the log or an output, and the shipped configuration
 * opens no remote management: remote JMX is on only when the JVM is started with it, HTTP
 * management listens on loopback unless an operator binds it elsewhere (README "Operations").
 */
class SecretsAndJmxTest {

    private static final String SECRET = "S3cr3t-do-not-log-7f2b";

    @Test
    void secretPropertiesAreNeverLoggedNorWritten() throws Exception {
        Service service = Service.in("hardening/secrets")
                .with("camel.component.smtp.password", SECRET)
                .with("rgo.mail.password", SECRET)
                .with("rgo.ledger.jdbc-password", SECRET)
                .with("rgo.api.token", SECRET);
        String log;
        try (LogCapture capture = new LogCapture(); Service started = service.start()) {
            Path run = started.runOnSample();
            Await.until("the run's log line", () -> capture.text().contains("report in " + run));
            log = capture.text();
        }
        Check.contains(log, "rgo.inbox", "rgo.mail.password");
        Check.lacks(log, SECRET);
        for (String file : Folders.allFiles(service.root())) {
            // bytes as Latin-1: the run ledger is a binary database file, and the secret is ASCII
            Check.lacks(new String(Files.readAllBytes(service.root().resolve(file)), StandardCharsets.ISO_8859_1), SECRET);
        }
    }

    @Test
    void theShippedConfigurationOpensNoRemoteManagement() throws Exception {
        Properties shipped = Settings.applicationProperties();
        assertEquals(List.of(), shipped.stringPropertyNames().stream()
                .filter(key -> key.contains("jmxremote") || key.contains("jmx-create-connector")
                        || key.contains("jmxCreateConnector"))
                .sorted().toList());
        // HTTP management listens on loopback unless an operator binds it elsewhere (with credentials)
        assertEquals("{{rgo.http.host}}", shipped.getProperty("camel.management.host"));
        assertTrue(InetAddress.getByName(shipped.getProperty("rgo.http.host")).isLoopbackAddress(),
                shipped.getProperty("rgo.http.host"));
    }
}
