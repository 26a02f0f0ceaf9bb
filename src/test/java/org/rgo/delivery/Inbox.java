package org.rgo.delivery;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a received report mail back the way a mail client would. */
final class Inbox {

    private Inbox() {}

    static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        var addresses = message.getRecipients(type);
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** Text as written before SMTP made every line end CRLF. */
    static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The first text/html part, depth first. */
    static String html(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** File name → bytes of every part with an attachment disposition. */
    static Map<String, byte[]> attachments(Part part) throws MessagingException, IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        collect(part, found, Part.ATTACHMENT);
        return found;
    }

    /** Content-ID → bytes of every inline part that is not the HTML itself. */
    static Map<String, byte[]> inlineParts(Part part) throws MessagingException, IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        collect(part, found, Part.INLINE);
        return found;
    }

    private static void collect(Part part, Map<String, byte[]> found, String disposition)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found, disposition);
            }
        } else if (disposition.equalsIgnoreCase(part.getDisposition())) {
            String key = disposition.equals(Part.ATTACHMENT) ? part.getFileName()
                    : ((BodyPart) part).getHeader("Content-ID")[0];
            try (InputStream in = part.getInputStream()) {
                found.put(key, in.readAllBytes());
            }
        }
    }
}
