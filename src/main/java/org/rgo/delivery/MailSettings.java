package org.rgo.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.rgo.config.Keys;

import java.util.List;
import java.util.Optional;

/**
 * The {@code rgo.mail.*} keys. With no host, mail is written as .eml files instead of sent, and
 * sender and recipients are optional; with a host, {@code rgo.mail.from} and {@code rgo.mail.to}
 * are required. {@link #toString()} never shows the password.
 */
public record MailSettings(String host, int port, String username, String password, boolean starttls,
                           Optional<InternetAddress> from, List<InternetAddress> to, List<InternetAddress> cc,
                           boolean attachCustomers, String subject) {

    public static MailSettings from(Keys k) {
        String host = k.optional("rgo.mail.host");
        List<InternetAddress> to = addresses(k, "rgo.mail.to");
        Optional<InternetAddress> from = addresses(k, "rgo.mail.from").stream().findFirst();
        if (!host.isEmpty() && from.isEmpty()) {
            throw new IllegalStateException("configuration key rgo.mail.from is required when rgo.mail.host is set");
        }
        if (!host.isEmpty() && to.isEmpty()) {
            throw new IllegalStateException("configuration key rgo.mail.to is required when rgo.mail.host is set");
        }
        String subject = k.text("rgo.mail.subject");
        ReportSubject.check(subject);
        return new MailSettings(host, k.integer("rgo.mail.port"), k.optional("rgo.mail.username"),
                k.optional("rgo.mail.password"), k.bool("rgo.mail.starttls"), from, to, addresses(k, "rgo.mail.cc"),
                k.bool("rgo.mail.attach-customers"), subject);
    }

    /** False: each email is written as an .eml file under outbox/mail/ instead of sent. */
    public boolean smtp() {
        return !host.isEmpty();
    }

    public boolean authenticates() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password.isEmpty() ? "" : "******") + ", starttls=" + starttls + ", from=" + from.orElse(null)
                + ", to=" + to + ", cc=" + cc + ", attachCustomers=" + attachCustomers + "]";
    }

    static List<InternetAddress> addresses(Keys keys, String key) {
        try {
            return List.of(InternetAddress.parse(keys.optional(key), true));
        } catch (AddressException e) {
            throw new IllegalStateException("configuration key " + key + " is not a list of email addresses: "
                    + e.getMessage(), e);
        }
    }
}
