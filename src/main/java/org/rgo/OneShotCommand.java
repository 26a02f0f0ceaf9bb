package org.rgo;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.rgo.pipeline.GateStep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run --data DIR --out DIR}: the service's routes and beans on one folder, then exit: 0 when
 * the report is written, {@value #HELD} when it is written but the data gate held it (README
 * "Data gate"; the reasons are printed), 1 on a failure, 64 on bad arguments.
 */
final class OneShotCommand {

    static final String USAGE = "usage: run --data DIR --out DIR";
    static final int HELD = 3;

    private OneShotCommand() {}

    static int run(String[] args) {
        return run(args, App.newMain());
    }

    /** Runs the command on {@code main} (tests give one with their own folders). */
    static int run(String[] args, Main main) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--data") || !options.containsKey("--out")) {
            System.err.println(USAGE);
            return 64;
        }
        return OneTimeRun.run(main, template -> {
            Exchange done = template.request("direct:one-shot", exchange -> {
                exchange.getMessage().setBody(options.get("--data"));
                exchange.getMessage().setHeader("rgoOutputFolder", options.get("--out"));
            });
            if (done.getException() != null) {
                throw new CamelExecutionException(done.getException().getMessage(), done, done.getException());
            }
            System.out.println("Report written to " + options.get("--out"));
            if (!"HELD".equals(done.getMessage().getHeader(GateStep.STATUS, String.class))) {
                return 0;
            }
            System.out.println("HELD by the data gate: the report is marked HELD and would not be mailed. Reasons:");
            List<?> reasons = done.getMessage().getHeader(GateStep.REASONS, List.class);
            reasons.forEach(reason -> System.out.println("  - " + reason));
            return HELD;
        });
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
