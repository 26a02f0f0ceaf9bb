package org.rgo.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether the service can write into a folder, now or once it creates it. */
final class FolderProbe {

    private FolderProbe() {}

    /** Empty when the folder is writable, or missing but creatable; else the reason it is not. */
    static Optional<String> whyNotWritable(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            return Files.isWritable(target) ? Optional.empty() : Optional.of(target + " is not writable");
        }
        if (Files.exists(target)) {
            return Optional.of(target + " is not a folder");
        }
        Path ancestor = target.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.of(target + " does not exist and has no existing parent folder");
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of(target + " cannot be created: " + ancestor + " is not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            return Optional.of(target + " does not exist and cannot be created: " + ancestor + " is not writable");
        }
        return Optional.empty();
    }
}
