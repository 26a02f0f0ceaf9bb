package org.rgo.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code rgo.mail.*} keys. With no host, mail is written as .eml files instead of sent, and
 * sender and recipients are optional; with a host, {@code rgo.mail.from} and {@code rgo.mail.to}
 * are required. {@link #toString()} never shows the password.
 */
public record MailSettings(String host, int port, String username, String password, boolean starttls,
                           Optional<InternetAddress> from, List<InternetAddress> to, List<InternetAddress> cc,
                           boolean attachCustomers, String subject) {

    public static MailSettings from(UnaryOperator<String> lookup) {
        Keys k = new Keys(lookup);
        String host = k.optional("rgo.mail.host");
        List<InternetAddress> to = k.addresses("rgo.mail.to");
        Optional<InternetAddress> from = k.addresses("rgo.mail.from").stream().findFirst();
        if (!host.isEmpty() && from.isEmpty()) {
            throw new IllegalStateException("configuration key rgo.mail.from is required when rgo.mail.host is set");
        }
        if (!host.isEmpty() && to.isEmpty()) {
            throw new IllegalStateException("configuration key rgo.mail.to is required when rgo.mail.host is set");
        }
        String subject = k.required("rgo.mail.subject");
        ReportSubject.check(subject);
        return new MailSettings(host, k.integer("rgo.mail.port"), k.optional("rgo.mail.username"),
                k.optional("rgo.mail.password"), k.bool("rgo.mail.starttls"), from, to, k.addresses("rgo.mail.cc"),
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

    private record Keys(UnaryOperator<String> lookup) {
        String optional(String key) {
            String value = lookup.apply(key);
            return value == null ? "" : value.trim();
        }

        String required(String key) {
            String value = optional(key);
            if (value.isEmpty()) {
                throw new IllegalStateException("missing configuration key " + key);
            }
            return value;
        }

        int integer(String key) {
            try {
                return Integer.parseInt(required(key));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("configuration key " + key + " must be a whole number", e);
            }
        }

        boolean bool(String key) {
            String value = required(key);
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalStateException("configuration key " + key + " must be true or false");
            }
            return Boolean.parseBoolean(value);
        }

        List<InternetAddress> addresses(String key) {
            String value = optional(key);
            try {
                return List.of(InternetAddress.parse(value, true));
            } catch (AddressException e) {
                throw new IllegalStateException("configuration key " + key + " is not a list of email addresses: "
                        + e.getMessage(), e);
            }
        }
    }
}
