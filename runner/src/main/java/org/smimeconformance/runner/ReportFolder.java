package org.smimeconformance.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a run writes its reports: first into a fresh folder beside the report folder, then, once
 * the run is over, moved into place in one step. A run that fails or is interrupted leaves the
 * previous reports as they were, never a half-written set.
 *
 * <p>A run replaces only what is its own. The report folder must be new, empty, or hold the
 * reports of an earlier run and nothing else: such a folder carries the {@value #MARKER} file,
 * which lists what that run wrote. Anything else (a folder of someone's files, a regular file, a
 * symbolic link, the current folder or one holding it) is refused with the reason, before anything
 * runs and again before the reports are moved into place, and is left exactly as it was.
 */
final class ReportFolder {

    /** The file that marks a folder as a report of this suite, listing the entries the run wrote. */
    static final String MARKER = ".smime-conformance-report";

    private static final String MARKER_HEADING = "# Reports of smime-conformance run. The next run into this folder replaces"
            + " it whole, and refuses to when it holds anything not listed here.";

    private final Path target;
    private final Path working;
    /** The run's reports stay in the working folder: the report folder refused them at the end. */
    private boolean kept;

    private ReportFolder(Path target, Path working) {
        this.target = target;
        this.working = working;
    }

    /**
     * Checks that {@code target} may take the reports and makes the working folder next to it
     * (same file system, so the move is a rename).
     *
     * @throws ReportFolderRefusedException when the folder holds what is not a previous report
     */
    static ReportFolder prepare(Path target) {
        return prepare(target, Path.of("").toAbsolutePath());
    }

    /**
     * Checks, without writing anything, that {@code target} may take the reports.
     *
     * @throws ReportFolderRefusedException when it may not, with the reason
     */
    static void check(Path target) {
        check(target.toAbsolutePath().normalize(), Path.of("").toAbsolutePath().normalize());
    }

    static ReportFolder prepare(Path target, Path currentFolder) {
        Path absolute = target.toAbsolutePath().normalize();
        check(absolute, currentFolder.toAbsolutePath().normalize());
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

    /**
     * Replaces the report folder with what this run wrote, after checking again that it holds
     * nothing but a previous report.
     *
     * @throws ReportFolderRefusedException when the folder changed during the run; the reports are then left in
     *         {@link #workingDir()}, named in the message
     */
    void publish() {
        try {
            writeMarker();
            check(target, Path.of("").toAbsolutePath().normalize());
        } catch (ReportFolderRefusedException e) {
            kept = true;
            throw new ReportFolderRefusedException(e.getMessage() + "; this run's reports are in " + working);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + working.resolve(MARKER), e);
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * Removes the working folder of a run that did not publish, so no half-written set is left
     * beside the reports; does nothing once published, or when the reports were kept there.
     */
    void discard() {
        try {
            if (!kept && Files.exists(working, LinkOption.NOFOLLOW_LINKS)) {
                delete(working);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + working, e);
        }
    }

    private void writeMarker() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(MARKER_HEADING);
        lines.addAll(entries(working));
        if (!lines.contains(MARKER)) {
            lines.add(MARKER);
        }
        Files.write(working.resolve(MARKER), lines);
    }

    /** The reason {@code folder} may not take the reports, thrown; returns when it may. */
    private static void check(Path folder, Path currentFolder) {
        if (currentFolder.startsWith(folder)) {
            throw new ReportFolderRefusedException("the report folder " + folder + " is the current folder or holds it; give a folder"
                    + " of its own, such as target/conformance-report");
        }
        if (Files.isSymbolicLink(folder)) {
            throw new ReportFolderRefusedException("the report folder " + folder + " is a symbolic link; give the folder itself");
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportFolderRefusedException("the report folder " + folder + " is a file, not a folder; give a new or empty"
                    + " folder, or one holding an earlier report");
        }
        Set<String> present;
        try {
            present = entries(folder);
        } catch (IOException e) {
            throw new ReportFolderRefusedException("the report folder " + folder + " cannot be read: " + e.getMessage());
        }
        if (present.isEmpty()) {
            return;
        }
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportFolderRefusedException("the report folder " + folder + " holds files that are not a report of smime-conformance"
                    + " (" + sample(present) + "; no " + MARKER + " file); a run replaces its report folder whole, so give"
                    + " a new or empty folder");
        }
        Set<String> written;
        try (Stream<String> lines = Files.lines(marker)) {
            written = new TreeSet<>(lines.filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
        } catch (IOException | UncheckedIOException e) {
            throw new ReportFolderRefusedException("the report folder " + folder + " has a " + MARKER + " file that cannot be read: "
                    + e.getMessage());
        }
        present.removeAll(written);
        if (!present.isEmpty()) {
            throw new ReportFolderRefusedException("the report folder " + folder + " holds an earlier report and also " + sample(present)
                    + ", which that run did not write; move them out, or give another folder");
        }
    }

    private static Set<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static String sample(Set<String> names) {
        List<String> first = names.stream().limit(3).toList();
        return String.join(", ", first) + (names.size() > first.size() ? " and " + (names.size() - first.size()) + " more" : "");
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
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
