package org.rgo.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rgo.support.Service;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orchestrator MBean lives exactly as long as the service's context, on the platform MBeanServer. */
class OrchestratorRegistrationTest {

    private final List<Service> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Service::close);
    }

    @Test
    void registeredWhenTheServiceStartsAndGoneWhenItStops() throws Exception {
        Service service = start("ops/registration-alone");

        assertTrue(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
        assertEquals(Orchestrator.NO_RUN_YET, PlatformJmx.orchestrator("LastRunStatus"));

        service.close();
        assertFalse(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
    }

    @Test
    void aStoppingServiceLeavesTheMBeanOfAServiceStartedAfterIt() throws Exception {
        Service first = start("ops/registration-first");
        Service second = start("ops/registration-second");
        // a file only the second service's inbox holds tells whose MBean answers
        Files.createDirectories(second.inbox().error());
        Files.writeString(second.inbox().error().resolve("retail_customers.20260105-100000-000.csv"), "x");

        first.close();
        assertTrue(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
        assertEquals(List.of("retail_customers.20260105-100000-000.csv"),
                Arrays.asList((String[]) PlatformJmx.orchestrator("RejectedFiles")));

        second.close();
        assertFalse(PlatformJmx.SERVER.isRegistered(PlatformJmx.name(OrchestratorRegistration.OBJECT_NAME)));
    }

    /** The service with its inbox routes stopped and Camel's own MBeans off, so two can run in one JVM. */
    private Service start(String name) throws Exception {
        Service service = Service.in(name).with("camel.main.jmx-enabled", "false").with("rgo.service.enabled", "false");
        started.add(service);
        return service.start();
    }
}
