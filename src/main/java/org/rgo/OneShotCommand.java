package org.rgo;

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
        return OneTimeRun.run(App.newMain(), template -> {
            template.requestBodyAndHeader("direct:one-shot", options.get("--data"), "rgoOutputFolder",
                    options.get("--out"));
            System.out.println("Report written to " + options.get("--out"));
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
