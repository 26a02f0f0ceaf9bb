package org.rgo.engine.spark;

import org.rgo.config.Keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code rgo.spark.*} keys: where the job goes and what runs it.
 *
 * @param master         Spark master URL: local[*], spark://host:7077, yarn, k8s://...
 * @param sparkHome      a Spark distribution; {@code spark/target/spark-home} is built from Maven jars
 * @param jobJar         the job jar ({@code spark/target/rgo-spark-job.jar})
 * @param driverHost     address the driver listens on and gives the executors (127.0.0.1 on one machine)
 * @param uiEnabled      whether the driver serves Spark's web UI
 * @param propertiesFile optional spark-defaults style file for everything else (executor memory, s3a...)
 * @param timeoutMillis  a job still running after this long is killed and the run fails
 */
public record SparkSettings(String master, Path sparkHome, Path jobJar, String driverHost, boolean uiEnabled,
                            Optional<Path> propertiesFile, long timeoutMillis) {

    public static SparkSettings from(Keys keys) {
        String propertiesFile = keys.optional("rgo.spark.properties-file");
        return new SparkSettings(keys.text("rgo.spark.master"), Path.of(keys.text("rgo.spark.home")),
                Path.of(keys.text("rgo.spark.job-jar")), keys.text("rgo.spark.driver-host"),
                keys.bool("rgo.spark.ui-enabled"),
                Optional.of(propertiesFile).filter(file -> !file.isEmpty()).map(Path::of),
                keys.wholeNumber("rgo.spark.timeout-ms"));
    }

    /** Fails naming what to build when the Spark distribution or the job jar is not there. */
    void requireBuilt() {
        if (!Files.isExecutable(sparkHome.resolve("bin/spark-submit")) || !Files.isRegularFile(jobJar)) {
            throw new IllegalStateException("the Spark engine needs " + sparkHome.resolve("bin/spark-submit")
                    + " and " + jobJar + "; build them with: mvn -B -f spark/pom.xml package -DskipTests"
                    + " (or set rgo.spark.home and rgo.spark.job-jar)");
        }
    }
}
