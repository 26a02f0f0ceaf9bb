package org.rgo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The job's command line, the contract with the service's SparkEngine. Inputs and output are
 * Hadoop paths every executor can reach (file: on one machine, hdfs: or s3a: on a cluster); the
 * settings file and the result folder are local to the driver, which in client mode is the
 * service's own host.
 */
record JobArguments(String customers, String sales, String stock, Path settingsFile, String output, Path result) {

    static final String USAGE = "usage: RevenueGapJob --customers PATH --sales PATH --stock PATH"
            + " --settings FILE --output PATH --result DIR";

    static JobArguments parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                throw new IllegalArgumentException(USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--customers", "--sales", "--stock", "--settings", "--output", "--result"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required + "; " + USAGE);
            }
        }
        return new JobArguments(options.get("--customers"), options.get("--sales"), options.get("--stock"),
                Path.of(options.get("--settings")), options.get("--output").replaceAll("/+$", ""),
                Path.of(options.get("--result")));
    }

    /** The rgo.* keys the service resolved for this run (its file, system properties, environment). */
    Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(settingsFile)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings file " + settingsFile, e);
        }
        return settings;
    }
}
