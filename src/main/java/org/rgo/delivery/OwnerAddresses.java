package org.rgo.delivery;

import jakarta.mail.internet.InternetAddress;
import org.rgo.config.Keys;
import org.rgo.layers.RootCause;
import org.rgo.report.OwnerRecipients;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each owner's action list is mailed: {@code rgo.mail.owners.<owner key>}, a comma list
 * (environment: RGO_MAIL_OWNERS_<OWNER KEY>, dashes as underscores). An owner without an address
 * gets no mail.
 */
public record OwnerAddresses(Map<RootCause, List<InternetAddress>> addresses) {

    public static final String KEY_PREFIX = "rgo.mail.owners.";

    public OwnerAddresses {
        addresses = Map.copyOf(addresses);
    }

    public static OwnerAddresses from(Keys keys) {
        Map<RootCause, List<InternetAddress>> addresses = new EnumMap<>(RootCause.class);
        for (RootCause owner : RootCause.values()) {
            addresses.put(owner, MailSettings.addresses(keys, key(owner)));
        }
        return new OwnerAddresses(addresses);
    }

    public static String key(RootCause owner) {
        return KEY_PREFIX + owner.ownerKey();
    }

    public List<InternetAddress> of(RootCause owner) {
        return addresses.getOrDefault(owner, List.of());
    }

    /** How many addresses each owner has, as the report tells. */
    public OwnerRecipients recipients() {
        Map<RootCause, Integer> counts = new EnumMap<>(RootCause.class);
        for (RootCause owner : RootCause.values()) {
            counts.put(owner, of(owner).size());
        }
        return OwnerRecipients.of(counts);
    }
}
