package org.rgo;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.rgo.engine.spark.SparkJobResult;
import org.rgo.pipeline.GateStep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code run --data DIR --out DIR [--engine local|spark] [--master URL]}: the service's routes and
 * beans on one folder, then exit: 0 when the report is written, {@value #HELD} when it is written
 * but the data gate held it (README "Data gate"; the reasons are printed), 1 on a failure, 64 on
 * bad arguments. {@code --engine} and {@code --master} stand for the keys {@code rgo.engine} and
 * {@code rgo.spark.master} for this run.
 */
final class OneShotCommand {

    static final String USAGE = "usage: run --data DIR --out DIR [--engine local|spark] [--master URL]";
    static final int HELD = 3;
    private static final Set<String> OPTIONS = Set.of("--data", "--out", "--engine", "--master");

    private OneShotCommand() {}

    static int run(String[] args) {
        return run(args, App.newMain());
    }

    /** Runs the command on {@code main} (tests give one with their own folders). */
    static int run(String[] args, Main main) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--data") || !options.containsKey("--out")
                || !OPTIONS.containsAll(options.keySet())) {
            System.err.println(USAGE);
            return 64;
        }
        if (options.containsKey("--engine")) {
            main.addOverrideProperty("rgo.engine", options.get("--engine"));
        }
        if (options.containsKey("--master")) {
            main.addOverrideProperty("rgo.spark.master", options.get("--master"));
        }
        return OneTimeRun.run(main, template -> {
            Exchange done = template.request("direct:one-shot", exchange -> {
                exchange.getMessage().setBody(options.get("--data"));
                exchange.getMessage().setHeader("rgoOutputFolder", options.get("--out"));
            });
            if (done.getException() != null) {
                throw new CamelExecutionException(done.getException().getMessage(), done, done.getException());
            }
            Object result = done.getMessage().getBody();
            System.out.println(result instanceof SparkJobResult spark ? spark.describe()
                    : "Report written to " + options.get("--out"));
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
