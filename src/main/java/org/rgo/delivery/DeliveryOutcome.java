package org.rgo.delivery;

import org.rgo.ledger.RunRecord.Delivery;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one delivery pass did, the reply of {@code direct:send-latest}: the latest successful run
 * (null when there is none yet) and its mail's state, whether the data gate holds that run (then
 * it is the newest run, and nothing is mailed in its place), and the state of every mail the pass
 * tried to deliver, oldest run first.
 */
public record DeliveryOutcome(String latestRun, Delivery latestDelivery, List<Mail> attempted, boolean latestHeld) {

    public record Mail(String run, Delivery delivery) {}

    public DeliveryOutcome(String latestRun, Delivery latestDelivery, List<Mail> attempted) {
        this(latestRun, latestDelivery, attempted, false);
    }

    @Override
    public String toString() {
        String latest = latestRun == null ? "no successful run yet"
                : "latest run " + latestRun + (latestHeld ? ": held by the data gate, not mailed until released"
                : ": mail " + latestDelivery.name().toLowerCase());
        if (attempted.isEmpty()) {
            return latest + "; nothing to deliver";
        }
        return latest + "; this pass: " + attempted.stream()
                .map(m -> m.run() + " " + m.delivery().name().toLowerCase()).collect(Collectors.joining(", "));
    }
}
