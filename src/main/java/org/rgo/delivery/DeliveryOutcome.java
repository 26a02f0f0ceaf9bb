package org.rgo.delivery;

import org.rgo.ledger.RunRecord.Delivery;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one delivery pass did, the reply of {@code direct:send-latest}: the latest successful run
 * (null when there is none yet) and its mail's state, and the state of every mail the pass tried
 * to deliver, oldest run first.
 */
public record DeliveryOutcome(String latestRun, Delivery latestDelivery, List<Mail> attempted) {

    public record Mail(String run, Delivery delivery) {}

    @Override
    public String toString() {
        String latest = latestRun == null ? "no successful run yet"
                : "latest run " + latestRun + ": mail " + latestDelivery.name().toLowerCase();
        if (attempted.isEmpty()) {
            return latest + "; nothing to deliver";
        }
        return latest + "; this pass: " + attempted.stream()
                .map(m -> m.run() + " " + m.delivery().name().toLowerCase()).collect(Collectors.joining(", "));
    }
}
