package org.rgo.delivery;

import jakarta.mail.internet.InternetAddress;
import org.rgo.layers.RootCause;

import java.nio.file.Path;
import java.util.List;

/**
 * One owner's mail of one run: its action list from the run folder, to the owner's addresses
 * (none: the owner is not mailed). Its name in the mail outbox is {@code <run>.<owner key>}, so it
 * is pending, sent or written once per run and owner, beside the run's executive mail.
 */
public record OwnerMail(String run, Path folder, RootCause owner, List<InternetAddress> to) {

    public OwnerMail {
        to = List.copyOf(to);
    }

    public String ownerKey() {
        return owner.ownerKey();
    }

    public boolean addressed() {
        return !to.isEmpty();
    }

    /** The mail's name in the outbox. */
    public String name() {
        return nameOf(run, owner);
    }

    /** Not an overload of name(): the routes call that one by name. */
    public static String nameOf(String run, RootCause owner) {
        return run + "." + owner.ownerKey();
    }

    @Override
    public String toString() {
        return name() + (addressed() ? " to " + to : " (no address)");
    }
}
