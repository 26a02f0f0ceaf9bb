package org.rgo.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.management.DefaultManagementObjectNameStrategy;
import org.apache.camel.spi.RouteIdAware;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Camel names consumer MBeans by class and identity hash ({@code FileConsumer(0x4ef27d66)}), which
 * changes on every start, so an operator's saved JConsole tab or an alert rule cannot find them
 * again. A route has exactly one consumer, so the route id names it as stably as the route:
 * {@code type=consumers,name="ingest"}. Every other ObjectName is Camel's.
 */
final class RouteNamedConsumers extends DefaultManagementObjectNameStrategy {

    RouteNamedConsumers(String domain) {
        super(domain);
    }

    @Override
    public ObjectName getObjectNameForConsumer(CamelContext context, Consumer consumer)
            throws MalformedObjectNameException {
        String routeId = consumer instanceof RouteIdAware aware ? aware.getRouteId() : null;
        if (routeId == null) {
            return super.getObjectNameForConsumer(context, consumer);
        }
        return new ObjectName(domainName + ":" + KEY_CONTEXT + "=" + getContextId(context) + "," + KEY_TYPE + "="
                + TYPE_CONSUMER + "," + KEY_NAME + "=" + ObjectName.quote(routeId));
    }
}
