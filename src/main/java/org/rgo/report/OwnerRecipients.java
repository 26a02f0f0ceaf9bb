package org.rgo.report;

import org.rgo.layers.RootCause;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many mail addresses each owner has (rgo.mail.owners.&lt;owner key&gt;), so the executive
 * report can say which owners' action lists are not mailed.
 */
public record OwnerRecipients(Map<RootCause, Integer> addresses) {

    /** No owner has an address. */
    public static final OwnerRecipients NONE = new OwnerRecipients(Map.of());

    public OwnerRecipients {
        addresses = Map.copyOf(addresses);
    }

    public int addresses(RootCause owner) {
        return addresses.getOrDefault(owner, 0);
    }

    /** The owners without an address, in {@link RootCause} order. */
    public List<RootCause> unaddressed() {
        return List.of(RootCause.values()).stream().filter(owner -> addresses(owner) == 0).toList();
    }

    public static OwnerRecipients of(Map<RootCause, Integer> addresses) {
        return new OwnerRecipients(new EnumMap<>(addresses));
    }
}
