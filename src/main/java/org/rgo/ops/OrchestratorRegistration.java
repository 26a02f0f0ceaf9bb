package org.rgo.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.support.LifecycleStrategySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Puts the orchestrator on the platform MBeanServer once the context has started (the routes it
 * drives are running) and takes it off when the context begins to stop. The platform server is
 * one per JVM, so the registration is too: a context started later in the same JVM (tests) takes
 * the name over, and a stopping context only removes the MBean it registered itself.
 */
final class OrchestratorRegistration extends LifecycleStrategySupport {

    static final String OBJECT_NAME = "rgo:type=Orchestrator";
    private static final AtomicReference<OrchestratorRegistration> OWNER = new AtomicReference<>();
    private static final Logger LOG = LoggerFactory.getLogger(OrchestratorRegistration.class);

    private final Function<CamelContext, OrchestratorMBean> orchestrator;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name;

    OrchestratorRegistration(Function<CamelContext, OrchestratorMBean> orchestrator) {
        this.orchestrator = orchestrator;
        try {
            this.name = new ObjectName(OBJECT_NAME);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onContextStarted(CamelContext context) {
        try {
            synchronized (OWNER) {
                if (server.isRegistered(name)) {
                    LOG.warn("{} is already registered by another Camel context in this JVM; replacing it", name);
                    server.unregisterMBean(name);
                }
                server.registerMBean(new DescribedOrchestrator(orchestrator.apply(context)), name);
                OWNER.set(this);
            }
            LOG.info("Registered {} on the platform MBeanServer", name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + name, e);
        }
    }

    @Override
    public void onContextStopping(CamelContext context) {
        synchronized (OWNER) {
            if (OWNER.get() != this) {
                return;
            }
            OWNER.set(null);
            try {
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
            } catch (JMException e) {
                LOG.warn("cannot unregister {}: {}", name, e.getMessage());
            }
        }
    }
}
