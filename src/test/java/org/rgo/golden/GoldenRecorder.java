package org.rgo.golden;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Records the golden outputs with a baseline jar (see golden/README.md). Run it with the baseline
 * jar first on the class path, so that the generated inputs come from the baseline's generator:
 * <pre>
 * java -cp BASELINE.jar:target/test-classes org.rgo.golden.GoldenRecorder BASELINE.jar src/test/resources/golden target/golden-record
 * </pre>
 * It refuses to overwrite a recorded combination: golden files are never re-recorded to make a
 * change pass; a deliberate change of outputs deletes the folder by hand and says why in its commit.
 */
public final class GoldenRecorder {

    private GoldenRecorder() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GoldenRecorder BASELINE_JAR GOLDEN_DIR WORK_DIR");
            System.exit(64);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path golden = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        for (GoldenCases.Options options : GoldenCases.ALL) {
            if (Files.exists(golden.resolve(options.name()))) {
                throw new IllegalStateException(golden.resolve(options.name()) + " is already recorded");
            }
        }
        Path inputs = work.resolve("inputs");
        GoldenDataSets.writeAll(inputs, Path.of("samples"));
        Map<String, String> hashes = GoldenDataSets.sha256(inputs);
        Files.createDirectories(golden);
        Files.write(golden.resolve(GoldenOutputs.MANIFEST), GoldenDataSets.manifest(hashes));

        // the one-shot command also writes a mail preview under ./outbox: keep it in the work folder
        Path cwd = GoldenDataSets.emptied(work.resolve("cwd"));
        for (GoldenCases.Options options : GoldenCases.ALL) {
            for (String set : options.sets()) {
                Path out = GoldenDataSets.emptied(work.resolve("out").resolve(options.name()).resolve(set));
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                options.overrides().forEach((key, value) -> command.add("-D" + key + "=" + value));
                command.addAll(List.of("-jar", jar.toString(), "run", "--data", inputs.resolve(set).toString(),
                        "--out", out.toString()));
                File log = work.resolve("out").resolve(options.name()).resolve(set + ".log").toFile();
                int exit = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                        .redirectOutput(log).start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ", see " + log);
                }
                Path target = Files.createDirectories(golden.resolve(options.name()).resolve(set));
                for (String output : GoldenCases.OUTPUTS) {
                    Path goldenFile = GoldenOutputs.goldenFile(target, output);
                    if (goldenFile.getFileName().toString().endsWith(".gz")) {
                        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(goldenFile))) {
                            Files.copy(out.resolve(output), zipped);
                        }
                    } else {
                        Files.copy(out.resolve(output), goldenFile);
                    }
                }
                System.out.println("recorded " + options.name() + "/" + set);
            }
        }
    }
}
