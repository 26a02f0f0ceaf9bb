package org.rgo;

import org.apache.camel.main.Main;
import org.rgo.delivery.SendLatestCommand;
import org.rgo.generate.GenerateCommand;

/**
 * Revenue Gap Orchestrator. Without arguments: the service (watches the inbox). Commands:
 * {@code run --data DIR --out DIR} analyses one folder and exits; {@code send-latest} mails the
 * latest run now (as the weekly tick does) and exits; {@code generate ...} writes a synthetic data
 * set (see {@link GenerateCommand#USAGE}).
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

    /** A Camel Main with the one configuration class; the routes come from application.properties. */
    public static Main newMain() {
        Main main = new Main(App.class);
        // scanning the fat jar for configuration classes took over a second of every start;
        // the configuration class is named instead
        main.configure().setBasePackageScanEnabled(false);
        main.configure().addConfiguration(new AppConfiguration());
        return main;
    }
}
