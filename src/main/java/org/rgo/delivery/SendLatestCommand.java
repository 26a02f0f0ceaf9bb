package org.rgo.delivery;

import org.rgo.OneTimeRun;
import org.apache.camel.main.Main;
import org.rgo.ledger.RunRecord.Delivery;

/**
 * {@code send-latest}: one weekly tick now (run if the staged data changed, then mail the latest
 * run unless it was mailed already, and retry pending mail), through the service's routes; then exit.
 */
public final class SendLatestCommand {

    public static final String ENDPOINT = "direct:send-latest";

    private SendLatestCommand() {}

    /**
     * Exit code: 0 when the latest run's mail is delivered (now or before), 3 when the data gate
     * holds the latest run (nothing is mailed), 1 otherwise.
     */
    public static int run(Main main) {
        return OneTimeRun.run(main, template -> {
            DeliveryOutcome outcome = template.requestBody(ENDPOINT, null, DeliveryOutcome.class);
            System.out.println(outcome);
            if (outcome.latestHeld()) {
                return 3;
            }
            return outcome.latestDelivery() == Delivery.DELIVERED ? 0 : 1;
        });
    }
}
