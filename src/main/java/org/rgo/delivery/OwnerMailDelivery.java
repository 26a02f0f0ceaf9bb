package org.rgo.delivery;

import jakarta.mail.Session;
import org.apache.camel.Header;
import org.rgo.layers.RootCause;
import org.rgo.ledger.RunRecord.Delivery;
import org.rgo.report.ActionLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The delivery routes' steps for the owners' mails: which owners of the latest run have no mail
 * yet, queuing one (it then goes out, and is retried, as every pending mail), and the one-shot
 * command's previews. The routes decide, owner by owner, who is mailed.
 */
public final class OwnerMailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerMailDelivery.class);

    private final MailSettings settings;
    private final OwnerAddresses addresses;
    private final MailOutbox mail;
    private final MailDelivery delivery;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public OwnerMailDelivery(MailSettings settings, OwnerAddresses addresses, Path outbox, MailDelivery delivery,
                             Clock clock) {
        this.settings = settings;
        this.addresses = addresses;
        this.mail = MailOutbox.of(outbox);
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Every owner of the latest successful run whose mail is neither queued nor delivered yet,
     * with its addresses (maybe none). Empty without a run, or for a run folder written before
     * action lists existed.
     */
    public List<OwnerMail> unmailed() {
        return delivery.latestRunFolder().map(folder -> {
            String run = folder.getFileName().toString();
            if (!hasActionLists(folder)) {
                LOG.info("Run {} has no action lists (written by an older version): no owner is mailed", run);
                return List.<OwnerMail>of();
            }
            return Arrays.stream(RootCause.values())
                    .filter(owner -> mail.status(OwnerMail.nameOf(run, owner)) == Delivery.NONE)
                    .map(owner -> new OwnerMail(run, folder, owner, addresses.of(owner)))
                    .toList();
        }).orElse(List.of());
    }

    /** Keeps the owner's mail in outbox/mail/pending/ until it is delivered. */
    public void queue(OwnerMail owner) {
        mail.queue(owner.name(), OwnerMailMessage.compose(owner, settings, session, clock.instant()));
    }

    /** Every owner's mail of the report in {@code folder}, addressed or not: what the previews show. */
    public List<OwnerMail> all(@Header(MailDelivery.OUTPUT_FOLDER) String folder) {
        Path report = Path.of(folder);
        String name = report.getFileName().toString();
        return Arrays.stream(RootCause.values())
                .map(owner -> new OwnerMail(name, report, owner, addresses.of(owner)))
                .toList();
    }

    /**
     * Writes {@code outbox/mail/<folder name>.<owner key>.eml}, never sent, next to the executive
     * preview; returns its path.
     */
    public String preview(OwnerMail owner) {
        return mail.writePreview(owner.name(), OwnerMailMessage.compose(owner, settings, session, clock.instant()))
                .toString();
    }

    /** Whether the run was written with action lists; a file missing from them fails its owner's mail only. */
    private static boolean hasActionLists(Path folder) {
        return Files.isDirectory(folder.resolve(ActionLists.FOLDER));
    }
}
