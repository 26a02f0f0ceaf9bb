package org.rgo.delivery;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.main.Main;
import org.rgo.ledger.RunRecord.Delivery;

/**
 * {@code send-latest}: one weekly tick now (run if the staged data changed, then mail the latest
 * run unless it was mailed already, and retry pending mail), through the service's routes; then exit.
 */
public final class SendLatestCommand {

    public static final String ENDPOINT = "direct:send-latest";

    private SendLatestCommand() {}

    /** Exit code: 0 when the latest run's mail is delivered (now or before), 1 otherwise. */
    public static int run(Main main) {
        main.addOverrideProperty("rgo.service.enabled", "false");
        try {
            main.start();
            DeliveryOutcome outcome = main.getCamelContext().createProducerTemplate()
                    .requestBody(ENDPOINT, null, DeliveryOutcome.class);
            System.out.println(outcome);
            return outcome.latestDelivery() == Delivery.DELIVERED ? 0 : 1;
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("error: " + cause.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        } finally {
            main.stop();
        }
    }
}
