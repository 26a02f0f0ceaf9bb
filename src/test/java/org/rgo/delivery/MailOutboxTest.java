package org.rgo.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.rgo.ledger.RunRecord.Delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailOutboxTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String OLDER = "2025-11-29_20261124T070000000Z";
    /** An older as-of week, run later: a later run, whatever its week. */
    private static final String NEWER = "2025-11-22_20261201T070000000Z";

    private final MailOutbox outbox =
            new MailOutbox(Path.of("target", "delivery-tests", "outbox-" + System.nanoTime(), "mail"));

    @Test
    void aRunsMailIsQueuedOnceAndLeavesPendingOnlyWhenDelivered() throws Exception {
        assertEquals(Delivery.NONE, outbox.status(OLDER));

        assertTrue(outbox.queue(OLDER, message()));
        assertFalse(outbox.queue(OLDER, message()));
        assertEquals(Delivery.PENDING, outbox.status(OLDER));

        outbox.markFailed(OLDER, "connection refused");
        assertEquals(Delivery.FAILED, outbox.status(OLDER));
        assertEquals(List.of(OLDER), outbox.pending());

        outbox.markSent(OLDER);
        assertEquals(Delivery.DELIVERED, outbox.status(OLDER));
        assertEquals(List.of(), outbox.pending());
        assertFalse(outbox.queue(OLDER, message()));
        assertFalse(Files.exists(outbox.dir().resolve("pending").resolve(OLDER + ".error.txt")));
        assertThrows(IllegalStateException.class, () -> outbox.markSent(OLDER));
    }

    @Test
    void aWrittenMailCountsAsDeliveredAndIsNeverQueuedAgain() throws Exception {
        outbox.queue(NEWER, message());

        Path eml = outbox.markWritten(NEWER);

        assertEquals(outbox.dir().resolve(NEWER + ".eml"), eml);
        assertEquals(Delivery.DELIVERED, outbox.status(NEWER));
        assertFalse(outbox.queue(NEWER, message()));
    }

    @Test
    void pendingMailIsListedOldestRunFirst() throws Exception {
        outbox.queue(NEWER, message());
        outbox.queue(OLDER, message());

        assertEquals(List.of(OLDER, NEWER), outbox.pending());
    }

    @Test
    void aRunsOwnerMailsFollowItsExecutiveMailAndKeepTheirOwnState() throws Exception {
        String newerOperations = NEWER + ".operations";
        outbox.queue(newerOperations, message());
        outbox.queue(NEWER + ".customer-success", message());
        outbox.queue(OLDER + ".sales-marketing", message());
        outbox.queue(NEWER, message());

        assertEquals(List.of(OLDER + ".sales-marketing", NEWER, NEWER + ".customer-success", newerOperations),
                outbox.pending());

        outbox.markSent(newerOperations);
        assertEquals(Delivery.DELIVERED, outbox.status(newerOperations));
        assertEquals(Delivery.PENDING, outbox.status(NEWER));
        assertFalse(outbox.queue(newerOperations, message()));
    }

    @Test
    void theStoredMailLoadsBackWithItsMessageId() throws Exception {
        outbox.queue(OLDER, message());

        assertEquals("<fixed@example.com>", outbox.load(OLDER, SESSION).getMessageID());
    }

    private static MimeMessage message() throws Exception {
        MimeMessage message = new ReportMessage(SESSION);
        message.setHeader("Message-ID", "<fixed@example.com>");
        message.setSubject("report");
        message.setText("body");
        message.setSentDate(java.util.Date.from(Instant.EPOCH));
        return message;
    }
}
