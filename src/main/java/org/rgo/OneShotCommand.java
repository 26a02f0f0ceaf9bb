package org.rgo;

import org.apache.camel.main.Main;
import org.rgo.engine.spark.SparkJobResult;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code run --data DIR --out DIR [--engine local|spark] [--master URL]}: the service's routes and
 * beans on one folder, then exit. {@code --engine} and {@code --master} stand for the keys
 * {@code rgo.engine} and {@code rgo.spark.master} for this run.
 */
final class OneShotCommand {

    static final String USAGE = "usage: run --data DIR --out DIR [--engine local|spark] [--master URL]";
    private static final Set<String> OPTIONS = Set.of("--data", "--out", "--engine", "--master");

    private OneShotCommand() {}

    static int run(String[] args) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--data") || !options.containsKey("--out")
                || !OPTIONS.containsAll(options.keySet())) {
            System.err.println(USAGE);
            return 64;
        }
        Main main = App.newMain();
        if (options.containsKey("--engine")) {
            main.addOverrideProperty("rgo.engine", options.get("--engine"));
        }
        if (options.containsKey("--master")) {
            main.addOverrideProperty("rgo.spark.master", options.get("--master"));
        }
        return OneTimeRun.run(main, template -> {
            Object result = template.requestBodyAndHeader("direct:one-shot", options.get("--data"), "rgoOutputFolder",
                    options.get("--out"));
            System.out.println(result instanceof SparkJobResult spark ? spark.describe()
                    : "Report written to " + options.get("--out"));
            return 0;
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
