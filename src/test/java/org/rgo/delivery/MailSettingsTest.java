package org.rgo.delivery;

import org.rgo.config.Keys;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailSettingsTest {

    private final Map<String, String> keys = new HashMap<>(Map.of("rgo.mail.host", "", "rgo.mail.port", "25",
            "rgo.mail.starttls", "false", "rgo.mail.attach-customers", "false",
            "rgo.mail.subject", "Revenue exposure {verdict}"));

    @Test
    void withoutHostNothingElseIsRequired() {
        MailSettings settings = MailSettings.from(new Keys(keys::get));

        assertFalse(settings.smtp());
        assertEquals(List.of(), settings.to());
    }

    @Test
    void aHostNeedsSenderAndRecipients() {
        keys.put("rgo.mail.host", "smtp.example.com");
        IllegalStateException noFrom = assertThrows(IllegalStateException.class, () -> MailSettings.from(new Keys(keys::get)));
        assertTrue(noFrom.getMessage().contains("rgo.mail.from"), noFrom.getMessage());

        keys.put("rgo.mail.from", "rgo@example.com");
        IllegalStateException noTo = assertThrows(IllegalStateException.class, () -> MailSettings.from(new Keys(keys::get)));
        assertTrue(noTo.getMessage().contains("rgo.mail.to"), noTo.getMessage());

        keys.put("rgo.mail.to", "ceo@example.com,  cfo@example.com");
        assertEquals(List.of("ceo@example.com", "cfo@example.com"),
                MailSettings.from(new Keys(keys::get)).to().stream().map(InternetAddress::getAddress).toList());
    }

    @Test
    void aBadAddressOrSubjectFieldIsAStartUpErrorNamingTheKey() {
        keys.put("rgo.mail.to", "ceo@example.com, not an address");
        assertTrue(assertThrows(IllegalStateException.class, () -> MailSettings.from(new Keys(keys::get))).getMessage()
                .contains("rgo.mail.to"));

        keys.put("rgo.mail.to", "ceo@example.com");
        keys.put("rgo.mail.subject", "REI {totl_rei}");
        assertTrue(assertThrows(IllegalStateException.class, () -> MailSettings.from(new Keys(keys::get))).getMessage()
                .contains("{totl_rei}"));
    }

    @Test
    void thePasswordIsNotInTheTextOfTheSettings() {
        keys.put("rgo.mail.username", "reports");
        keys.put("rgo.mail.password", "s3cret-Pa55");

        MailSettings settings = MailSettings.from(new Keys(keys::get));

        assertTrue(settings.authenticates());
        assertFalse(settings.toString().contains("s3cret-Pa55"), settings.toString());
    }
}
