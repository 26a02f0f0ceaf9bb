package org.rgo.ops;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.TreeSet;

/** The platform MBeanServer, as a JMX client in the same JVM sees it. */
final class PlatformJmx {

    static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();
    static final String CAMEL = "org.apache.camel:context=rgo,";

    private PlatformJmx() {}

    static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    static Object attribute(String objectName, String attribute) {
        try {
            return SERVER.getAttribute(name(objectName), attribute);
        } catch (JMException e) {
            throw new IllegalStateException("cannot read " + objectName + " " + attribute, e);
        }
    }

    static Object orchestrator(String attribute) {
        return attribute(OrchestratorRegistration.OBJECT_NAME, attribute);
    }

    static long counter(String type, String id, String attribute) {
        return ((Number) attribute(CAMEL + "type=" + type + ",name=" + ObjectName.quote(id), attribute)).longValue();
    }

    /** The {@code name} keys of the Camel MBeans of one type, without quotes. */
    static Set<String> camelNames(String type) {
        Set<String> names = new TreeSet<>();
        for (ObjectName found : SERVER.queryNames(name(CAMEL + "type=" + type + ",*"), null)) {
            String name = found.getKeyProperty("name");
            names.add(name.startsWith("\"") ? ObjectName.unquote(name) : name);
        }
        return names;
    }

    static Object invoke(String objectName, String operation) throws JMException {
        return SERVER.invoke(name(objectName), operation, new Object[0], new String[0]);
    }
}
