package org.rgo.ops;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

/**
 * A command-line JMX client for operators and for checking a running service by hand. Needs only
 * the JDK, so it runs straight from source:
 * {@code java src/test/java/org/rgo/ops/OperatorJmxClient.java localhost:9010 status}
 * Commands: routes, status, health, runNow, sendLatestReport (several may follow each other).
 * With authentication on, pass {@code -Drgo.jmx.user=... -Drgo.jmx.password=...}.
 */
public final class OperatorJmxClient {

    private static final String CAMEL = "org.apache.camel:context=rgo,";
    private static final String ORCHESTRATOR = "rgo:type=Orchestrator";

    private OperatorJmxClient() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: OperatorJmxClient HOST:PORT routes|status|health|runNow|sendLatestReport ...");
            System.exit(64);
        }
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + args[0] + "/jmxrmi");
        String user = System.getProperty("rgo.jmx.user");
        Map<String, Object> environment = user == null ? Map.of()
                : Map.of(JMXConnector.CREDENTIALS, new String[] {user, System.getProperty("rgo.jmx.password", "")});
        try (JMXConnector connector = JMXConnectorFactory.connect(url, environment)) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            for (String command : Arrays.copyOfRange(args, 1, args.length)) {
                switch (command) {
                    case "routes" -> routes(server);
                    case "status" -> status(server);
                    case "health" -> health(server);
                    case "runNow", "sendLatestReport" -> operation(server, command);
                    default -> throw new IllegalArgumentException("unknown command " + command);
                }
            }
        }
    }

    /** Prints the operation's answer; when it fails, its message and exit status 1, not a remote stack trace. */
    private static void operation(MBeanServerConnection server, String name) throws Exception {
        try {
            System.out.println(name + ": " + server.invoke(new ObjectName(ORCHESTRATOR), name, new Object[0],
                    new String[0]));
        } catch (RuntimeMBeanException | MBeanException e) {
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            System.err.println(name + " failed: " + reason.getMessage());
            System.exit(1);
        } catch (SecurityException e) {
            System.err.println(name + " refused: " + e.getMessage() + " (this JMX user may only read)");
            System.exit(1);
        }
    }

    private static void routes(MBeanServerConnection server) throws Exception {
        System.out.printf("%-14s %-8s %9s %9s %7s %10s%n", "route", "state", "completed", "failed", "inflight",
                "mean ms");
        for (ObjectName route : new TreeSet<>(server.queryNames(new ObjectName(CAMEL + "type=routes,*"), null))) {
            System.out.printf("%-14s %-8s %9s %9s %7s %10s%n", route.getKeyProperty("name").replace("\"", ""),
                    server.getAttribute(route, "State"), server.getAttribute(route, "ExchangesCompleted"),
                    server.getAttribute(route, "ExchangesFailed"), server.getAttribute(route, "ExchangesInflight"),
                    server.getAttribute(route, "MeanProcessingTime"));
        }
    }

    private static void status(MBeanServerConnection server) throws Exception {
        ObjectName name = new ObjectName(ORCHESTRATOR);
        MBeanAttributeInfo[] attributes = server.getMBeanInfo(name).getAttributes();
        Arrays.sort(attributes, Comparator.comparing(MBeanAttributeInfo::getName));
        for (MBeanAttributeInfo attribute : attributes) {
            Object value = server.getAttribute(name, attribute.getName());
            System.out.println(attribute.getName() + " = "
                    + (value instanceof Object[] values ? Arrays.toString(values) : value));
        }
    }

    private static void health(MBeanServerConnection server) throws Exception {
        ObjectName name = new ObjectName(CAMEL + "type=health,name=DefaultHealthCheck");
        System.out.println("healthy: readiness " + server.getAttribute(name, "HealthyReadiness") + ", liveness "
                + server.getAttribute(name, "HealthyLiveness"));
        TabularData details = (TabularData) server.invoke(name, "details", new Object[0], new String[0]);
        for (Object row : details.values()) {
            CompositeData check = (CompositeData) row;
            System.out.println("  " + check.get("id") + " " + check.get("state") + ": " + check.get("message"));
        }
    }
}
