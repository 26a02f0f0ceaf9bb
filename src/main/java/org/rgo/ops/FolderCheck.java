package org.rgo.ops;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.nio.file.Path;
import java.util.Map;

/** DOWN when the service cannot write into one of its folders (the inbox or the outbox). */
final class FolderCheck extends AbstractHealthCheck {

    private final Path folder;

    FolderCheck(String id, Path folder) {
        super(Operations.HEALTH_GROUP, id);
        this.folder = folder;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String location = folder.toAbsolutePath().normalize().toString();
        builder.detail("folder", location);
        FolderProbe.whyNotWritable(folder).ifPresentOrElse(
                problem -> builder.down().message(problem),
                () -> builder.up().message(location + " is writable"));
    }
}
