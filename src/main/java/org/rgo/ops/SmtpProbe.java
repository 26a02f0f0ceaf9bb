package org.rgo.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;

/** Whether a TCP connection to the mail server opens within the timeout. */
final class SmtpProbe {

    private SmtpProbe() {}

    /** Empty when the server accepted the connection; else why it did not. */
    static Optional<String> whyUnreachable(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot reach the mail server " + host + ":" + port + ": " + e);
        }
    }
}
