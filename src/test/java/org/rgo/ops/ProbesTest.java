package org.rgo.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folder and mail-server probes behind the health checks, on real folders and sockets. */
class ProbesTest {

    @TempDir
    Path dir;

    @Test
    void anExistingFolderAndAMissingOneUnderIt() {
        assertEquals(Optional.empty(), FolderProbe.whyNotWritable(dir));
        assertEquals(Optional.empty(), FolderProbe.whyNotWritable(dir.resolve("outbox/not/yet")));
    }

    @Test
    void aFileWhereTheFolderShouldBe() throws IOException {
        Path file = Files.writeString(dir.resolve("outbox"), "not a folder");

        assertEquals(Optional.of(file + " is not a folder"), FolderProbe.whyNotWritable(file));
        assertEquals(Optional.of(file.resolve("runs") + " cannot be created: " + file + " is not a folder"),
                FolderProbe.whyNotWritable(file.resolve("runs")));
    }

    @Test
    void aListeningServerIsReachableAndAClosedPortIsNot() throws IOException {
        int closedPort;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(Optional.empty(), SmtpProbe.whyUnreachable("127.0.0.1", server.getLocalPort(), 2000));
            closedPort = server.getLocalPort();
        }

        Optional<String> problem = SmtpProbe.whyUnreachable("127.0.0.1", closedPort, 2000);
        assertTrue(problem.orElse("").startsWith("cannot reach the mail server 127.0.0.1:" + closedPort + ": "),
                problem::toString);
    }
}
