package org.rgo.ops;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rgo.App;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orchestrator MBean lives exactly as long as the service's context, on the platform MBeanServer. */
class OrchestratorRegistrationTest {

    private final List<Main> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Main::stop);
    }

    @Test
    void registeredWhenTheServiceStartsAndGoneWhenItStops() throws Exception {
        Main service = start("alone");

        assertTrue(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
        assertEquals(Orchestrator.NO_RUN_YET, PlatformJmx.orchestrator("LastRunStatus"));

        service.stop();
        assertFalse(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
    }

    @Test
    void aStoppingServiceLeavesTheMBeanOfAServiceStartedAfterIt() throws Exception {
        Main first = start("first");
        Main second = start("second");

        first.stop();
        assertTrue(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
        assertTrue(((String[]) PlatformJmx.orchestrator("StagedFiles"))[0].startsWith("retail_customers"));

        second.stop();
        assertFalse(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
    }

    /** The service with its inbox routes stopped and Camel's own MBeans off, so two can run in one JVM. */
    private Main start(String name) throws Exception {
        Main main = new Main(App.class);
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml");
        main.addOverrideProperty("camel.main.jmx-enabled", "false");
        main.addOverrideProperty("rgo.service.enabled", "false");
        main.addOverrideProperty("rgo.inbox", "target/ops-test/registration/" + name + "/inbox");
        main.addOverrideProperty("rgo.outbox", "target/ops-test/registration/" + name + "/outbox");
        started.add(main);
        main.start();
        return main;
    }
}
