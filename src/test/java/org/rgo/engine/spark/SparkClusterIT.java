package org.rgo.engine.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * scripts/spark-cluster.sh on the sample: a standalone master and two workers as their own JVMs,
 * the one-shot command submitting the job to them, its result read back. Runs after the spark
 * project is built (root pom: pre-integration-test), with the service jar of this build.
 */
class SparkClusterIT {

    private static final Path RUN = Path.of("target/spark-cluster-it");

    @Test
    void theSampleRunsOnAMasterAndTwoWorkers() throws Exception {
        Path out = RUN.resolve("out");
        Path logs = RUN.resolve("logs");
        deleteRecursively(RUN);

        ProcessBuilder script = new ProcessBuilder("bash", "scripts/spark-cluster.sh", "samples", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(RUN.resolve("script.log").toFile());
        script.environment().put("SPARK_CLUSTER_LOGS", logs.toString());
        Files.createDirectories(RUN);
        Process process = script.start();
        // minutes, on a shared 2-core machine under other builds: six JVMs with Spark's 170 jars each
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy(); // the script's trap stops the one-shot, the workers and the master
            process.waitFor(2, TimeUnit.MINUTES);
            fail("the cluster run took over 10 minutes; see " + logs);
        }
        String output = Files.readString(RUN.resolve("script.log"));
        assertEquals(0, process.exitValue(), output);

        SparkJobResult result = SparkJobResult.read(out.resolve("spark").resolve(SparkJobResult.FILE_NAME));
        assertTrue(result.applicationId().startsWith("app-"), "a standalone application, not local mode: " + result);
        assertEquals(200, result.salesCustomers());
        assertEquals(2400, result.salesRows());
        assertEquals("2025-11-22", result.asOfWeek());
        assertTrue(result.weeksInOrder());
        assertEquals(200, customerWeekRows(out.resolve("spark/customer-weeks")));
        for (String worker : List.of("worker-1", "worker-2")) {
            assertTrue(hasExecutorOf(logs.resolve(worker), result.applicationId()),
                    worker + " ran no executor of " + result.applicationId());
        }
        assertTrue(output.contains("finished: 200 customers"), output);
    }

    /** Data rows of the part files (each starts with a header). */
    private static long customerWeekRows(Path folder) throws IOException {
        assertTrue(Files.exists(folder.resolve("_SUCCESS")), "no _SUCCESS in " + folder);
        long rows = 0;
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                rows += Math.max(0, Files.readAllLines(part).size() - 1);
            }
        }
        return rows;
    }

    private static boolean hasExecutorOf(Path workerFolder, String applicationId) {
        return Files.isDirectory(workerFolder.resolve(applicationId));
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
