package org.rgo;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.util.function.ToIntFunction;

/**
 * How a command uses the service's routes once: Camel Main with the inbox and schedule routes
 * stopped, one call, then shutdown. A failure is printed as one line and gives exit code 1.
 */
public final class OneTimeRun {

    private OneTimeRun() {}

    /** Runs {@code call} on the started routes; its result is the exit code. */
    public static int run(Main main, ToIntFunction<ProducerTemplate> call) {
        main.addOverrideProperty("rgo.service.enabled", "false");
        // nobody attaches to a process that lives for seconds; registering every route and
        // processor as an MBean cost about a second of CPU at each start (docs/benchmarks.md)
        main.addOverrideProperty("camel.main.jmxEnabled", "false");
        // nor does anyone browse or scrape it, and Vert.x alone takes a noticeable part of a start
        main.addOverrideProperty("rgo.http.enabled", "false");
        try {
            main.start();
            return call.applyAsInt(main.getCamelContext().createProducerTemplate());
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
