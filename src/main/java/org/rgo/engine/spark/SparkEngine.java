package org.rgo.engine.spark;

import org.apache.spark.launcher.SparkAppHandle;
import org.apache.spark.launcher.SparkLauncher;
import org.rgo.config.Keys;
import org.rgo.config.Settings;
import org.rgo.ingest.DataFolder;
import org.rgo.ingest.InputKind;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Runs the analysis as a Spark application: submits the job jar with SparkLauncher (through
 * SPARK_HOME/bin/spark-submit, in its own JVM, so no Spark class ever loads in the service) and
 * waits for the final state. A job that ends FAILED, KILLED or LOST, times out, or finishes without
 * its result fails with {@link SparkJobFailedException}, so the run is recorded FAILED and retried
 * like any failed run.
 *
 * <p>The contract with the job (org.rgo.spark.RevenueGapJob): arguments {@code --customers
 * --sales --stock} (Hadoop paths of the exports), {@code --settings} (a properties file of the rgo.*
 * keys the analysis reads), {@code --output} (a Hadoop folder for the executors' files) and
 * {@code --result} (a folder local to the driver); the job writes {@value SparkJobResult#FILE_NAME}
 * into the result folder last.
 */
public final class SparkEngine {

    static final String JOB_CLASS = "org.rgo.spark.RevenueGapJob";
    static final String DRIVER_LOG = "driver.log";
    static final String SETTINGS_FILE = "settings.properties";
    /** Spark reports FINISHED when the context stops, before a failing driver prints why and exits. */
    private static final long EXIT_GRACE_MILLIS = 15_000;
    private static final int LOG_TAIL_LINES = 40;
    /** Keys the job reads besides {@link Settings}. */
    private static final List<String> JOB_KEYS = List.of("rgo.ingest.max-listed-problems", "rgo.ingest.max-weeks");

    private final SparkSettings spark;
    private final Map<String, String> analysisKeys;

    public SparkEngine(SparkSettings spark, Map<String, String> analysisKeys) {
        this.spark = spark;
        this.analysisKeys = Map.copyOf(analysisKeys);
    }

    /**
     * The rgo.* keys the analysis reads, resolved as the service resolves them (file, system
     * properties, environment): exactly what {@link Settings#from} asks for, so no other key (a
     * mail password) reaches the job's folder.
     */
    public static Map<String, String> analysisKeys(Keys configuration) {
        Map<String, String> keys = new TreeMap<>();
        Settings.from(new Keys(key -> {
            String value = configuration.lookup().apply(key);
            if (value != null) {
                keys.put(key, value);
            }
            return value;
        }));
        for (String key : JOB_KEYS) {
            String value = configuration.lookup().apply(key);
            if (value != null) {
                keys.put(key, value);
            }
        }
        return keys;
    }

    /**
     * The one-shot command's run: the three exports of {@code dataFolder}; the job's files and its
     * driver log go to {@code <outFolder>/spark}.
     */
    public SparkJobResult runOnFolder(String dataFolder, String outFolder) {
        Map<InputKind, Path> files = DataFolder.files(Path.of(dataFolder));
        Path work = Path.of(outFolder).toAbsolutePath().resolve("spark");
        return run(uri(files.get(InputKind.CUSTOMERS)), uri(files.get(InputKind.SALES)), uri(files.get(InputKind.STOCK)),
                work.toUri().toString(), work);
    }

    /**
     * Submits the job and waits for it. The exports and {@code output} are paths every executor can
     * reach; {@code resultFolder} is on this host (the driver runs here in client mode).
     */
    public SparkJobResult run(String customers, String sales, String stock, String output, Path resultFolder) {
        spark.requireBuilt();
        Path result = resultFolder.resolve(SparkJobResult.FILE_NAME);
        DriverLog log = new DriverLog(resultFolder.resolve(DRIVER_LOG));
        Path settingsFile = prepare(resultFolder, result);

        SparkLauncher launcher = new SparkLauncher(Map.of("JAVA_HOME", System.getProperty("java.home"),
                        // Spark's other services (block manager) bind where the driver does
                        "SPARK_LOCAL_IP", spark.driverHost()))
                .setSparkHome(spark.sparkHome().toAbsolutePath().toString())
                .setAppResource(spark.jobJar().toAbsolutePath().toString())
                .setMainClass(JOB_CLASS)
                .setMaster(spark.master())
                .setAppName("revenue-gap " + resultFolder.getFileName())
                .setConf("spark.driver.host", spark.driverHost())
                .setConf("spark.driver.bindAddress", spark.driverHost())
                .setConf("spark.ui.enabled", Boolean.toString(spark.uiEnabled()))
                .addAppArgs("--customers", customers, "--sales", sales, "--stock", stock,
                        "--settings", settingsFile.toString(), "--output", output,
                        "--result", resultFolder.toAbsolutePath().toString())
                .redirectError()
                .redirectOutput(log.file().toFile());
        spark.propertiesFile().ifPresent(file -> launcher.setPropertiesFile(file.toAbsolutePath().toString()));

        JobWatch watch = new JobWatch();
        SparkAppHandle handle;
        try {
            handle = launcher.startApplication(watch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spark.sparkHome().resolve("bin/spark-submit"), e);
        }
        // a service stopped while it waits takes its driver down with it, rather than leave it running alone
        Thread killOnExit = new Thread(handle::kill, "spark-job-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        SparkAppHandle.State state;
        try {
            state = watch.awaitFinal(spark.timeoutMillis());
            if (!state.isFinal()) {
                handle.kill();
                throw failure(handle, "did not finish within " + spark.timeoutMillis() + " ms (rgo.spark.timeout-ms)"
                        + " and was killed", log);
            }
            if (state == SparkAppHandle.State.FINISHED && Files.isRegularFile(result)) {
                return SparkJobResult.read(result);
            }
            if (state == SparkAppHandle.State.FINISHED) {
                state = watch.awaitChangeFrom(state, EXIT_GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            handle.kill();
            Thread.currentThread().interrupt();
            throw failure(handle, "was killed: the service was interrupted while waiting for it", log);
        } finally {
            removeShutdownHook(killOnExit);
        }
        throw failure(handle, state == SparkAppHandle.State.FINISHED
                ? "finished without writing " + result + ": " + log.reason()
                : "ended " + state + ": " + log.reason(), log);
    }

    /** A fresh result folder: no result of an earlier attempt, the settings the job reads. */
    private Path prepare(Path resultFolder, Path result) {
        Path settingsFile = resultFolder.resolve(SETTINGS_FILE).toAbsolutePath();
        Properties properties = new Properties();
        properties.putAll(analysisKeys);
        try {
            Files.createDirectories(resultFolder);
            Files.deleteIfExists(result);
            try (OutputStream out = Files.newOutputStream(settingsFile)) {
                properties.store(out, "rgo.* keys of this run, resolved by the service for the Spark job");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Spark job's folder " + resultFolder, e);
        }
        return settingsFile;
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) anyway
        }
    }

    private static SparkJobFailedException failure(SparkAppHandle handle, String what, DriverLog log) {
        String application = handle.getAppId() == null ? "" : " " + handle.getAppId();
        return new SparkJobFailedException("Spark job" + application + " " + what + " (driver log: " + log.file() + ")",
                log.tail(LOG_TAIL_LINES));
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }
}
