package org.rgo.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.InputStream;

/**
 * A MimeMessage that keeps the Message-ID it was given. Jakarta Mail would make a new one each
 * time the message is saved; a fixed ID per run lets mail clients fold a repeated delivery (after
 * a crash between sending and recording it) into one.
 */
final class ReportMessage extends MimeMessage {

    ReportMessage(Session session) {
        super(session);
    }

    ReportMessage(Session session, InputStream eml) throws MessagingException {
        super(session, eml);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        if (getHeader("Message-ID") == null) {
            super.updateMessageID();
        }
    }
}
