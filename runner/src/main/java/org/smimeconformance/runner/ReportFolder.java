package org.smimeconformance.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a run writes its reports: first into a fresh folder beside the report folder, then, once
 * the run is over, moved into place in one step. A run that fails or is interrupted leaves the
 * previous reports as they were, never a half-written set.
 */
final class ReportFolder {

    private final Path target;
    private final Path working;

    private ReportFolder(Path target, Path working) {
        this.target = target;
        this.working = working;
    }

    /** Makes the working folder next to {@code target} (same file system, so the move is a rename). */
    static ReportFolder prepare(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            return new ReportFolder(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the report folder " + target, e);
        }
    }

    Path workingDir() {
        return working;
    }

    /** Replaces the report folder with what this run wrote. */
    void publish() {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.move(target, old.resolve("reports"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(working, target, StandardCopyOption.ATOMIC_MOVE);
                delete(old);
            } else {
                Files.move(working, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the reports into " + target, e);
        }
    }

    private static void delete(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
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
}
