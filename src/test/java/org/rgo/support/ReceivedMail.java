package org.rgo.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Reads a received report mail back the way a mail client would. */
public final class ReceivedMail {

    private ReceivedMail() {}

    /** The message stored in an .eml file (outbox/mail), as a mail client would open it. */
    public static MimeMessage read(Path eml) throws MessagingException, IOException {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The plain addresses of one kind of recipient (To, Cc), in header order; none when the header is absent. */
    public static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        var addresses = message.getRecipients(type);
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** Text as written before SMTP made every line end CRLF. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The first text/html part, depth first. */
    public static String html(Part part) throws MessagingException, IOException {
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
    public static Map<String, byte[]> attachments(Part part) throws MessagingException, IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        collect(part, found);
        return found;
    }

    /** An inline part: its Content-ID without the angle brackets, media type and bytes. */
    public record InlinePart(String contentId, String mediaType, byte[] bytes) {}

    /** Every part with an inline disposition, depth first. */
    public static List<InlinePart> inlineParts(Part part) throws MessagingException, IOException {
        List<InlinePart> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(inlineParts(multipart.getBodyPart(i)));
            }
        } else if (Part.INLINE.equalsIgnoreCase(part.getDisposition())) {
            String id = ((BodyPart) part).getHeader("Content-ID")[0];
            try (InputStream in = part.getInputStream()) {
                found.add(new InlinePart(id.substring(1, id.length() - 1),
                        new ContentType(part.getContentType()).getBaseType(), in.readAllBytes()));
            }
        }
        return found;
    }

    /**
     * The mail's HTML with each cid: image put back as the data: URI HtmlRenderer writes: equal
     * to report.html exactly when every chart arrived, byte for byte, in its place.
     */
    public static String htmlWithImagesInlined(Part mail) throws MessagingException, IOException {
        String html = lines(html(mail));
        for (InlinePart image : inlineParts(mail)) {
            html = html.replace("src=\"cid:" + image.contentId() + "\"",
                    "src=\"data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes()) + "\"");
        }
        return html;
    }

    private static void collect(Part part, Map<String, byte[]> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                found.put(part.getFileName(), in.readAllBytes());
            }
        }
    }
}
