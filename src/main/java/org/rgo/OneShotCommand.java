package org.rgo;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.util.HashMap;
import java.util.Map;

/** {@code run --data DIR --out DIR}: the service's routes and beans on one folder, then exit. */
final class OneShotCommand {

    static final String USAGE = "usage: run --data DIR --out DIR";

    private OneShotCommand() {}

    static int run(String[] args) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--data") || !options.containsKey("--out")) {
            System.err.println(USAGE);
            return 64;
        }
        Main main = App.newMain();
        main.addOverrideProperty("rgo.service.enabled", "false");
        // nobody attaches to a process that lives for seconds; registering every route and
        // processor as an MBean cost about a second of CPU at each start (docs/benchmarks.md)
        main.addOverrideProperty("camel.main.jmxEnabled", "false");
        try {
            main.start();
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            template.requestBodyAndHeader("direct:one-shot", options.get("--data"), "rgoOutputFolder",
                    options.get("--out"));
            System.out.println("Report written to " + options.get("--out"));
            return 0;
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

    /** {@code --key value} pairs after the command name; null when they do not pair up. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
