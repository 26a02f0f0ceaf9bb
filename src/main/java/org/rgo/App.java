package org.rgo;

import org.apache.camel.main.Main;
import org.rgo.delivery.DeliveryConfiguration;
import org.rgo.delivery.SendLatestCommand;
import org.rgo.engine.EngineConfiguration;
import org.rgo.generate.GenerateCommand;
import org.rgo.ops.OpsConfiguration;
import org.rgo.pipeline.PipelineConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Revenue Gap Orchestrator. Without arguments: the service (watches the inbox). Commands:
 * {@code run --data DIR --out DIR [--engine local|spark] [--master URL]} analyses one folder and
 * exits; {@code send-latest} mails the latest run now (as the weekly tick does) and exits;
 * {@code generate ...} writes a synthetic data set (see {@link GenerateCommand#USAGE}).
 */
public final class App {

    private App() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("run")) {
            System.exit(OneShotCommand.run(args));
        }
        if (args.length == 1 && args[0].equals("send-latest")) {
            System.exit(SendLatestCommand.run(newMain()));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(args));
        }
        newMain().run(args);
    }

    /** A Camel Main with the pipeline, operations and delivery configurations and the YAML routes. */
    static Main newMain() {
        Main main = new Main(App.class);
        main.configure().withRoutesIncludePattern(routesPattern());
        // scanning the fat jar for configuration classes took over a second of every start;
        // the configuration classes are named instead
        main.configure().setBasePackageScanEnabled(false);
        main.configure().addConfiguration(new PipelineConfiguration());
        main.configure().addConfiguration(new OpsConfiguration());
        main.configure().addConfiguration(new DeliveryConfiguration());
        main.configure().addConfiguration(new EngineConfiguration());
        return main;
    }

    /** The routes/ folder next to the working directory, else the copy packed into the jar. */
    private static String routesPattern() {
        return Files.isDirectory(Path.of("routes")) ? "file:routes/*.camel.yaml" : "classpath:routes/*.camel.yaml";
    }
}
