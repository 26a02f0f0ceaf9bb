package org.rgo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** Real folders under target/ for one test: wiped before the service starts, listed and read afterwards. */
public final class Folders {

    private Folders() {}

    /** {@code root} emptied (symbolic links are deleted, not followed) and created again. */
    public static Path wiped(Path root) {
        try {
            if (Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the entries of {@code dir}, sorted; none when it does not exist. */
    public static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run folders in an outbox (not its hidden temporary folders, not mail/), oldest name first. */
    public static List<Path> runFolders(Path outbox) {
        return names(outbox).stream().filter(n -> !n.startsWith(".") && !n.equals("mail")).map(outbox::resolve)
                .filter(Files::isDirectory).toList();
    }

    /** Every regular file under {@code root}, as paths relative to it, sorted. */
    public static List<String> allFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text (UTF-8). */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
