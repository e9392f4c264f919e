package org.smimeconformance.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run replaces only its own reports: a new, empty or earlier report folder takes them; anything
 * else is refused and left byte for byte as it was, with nothing left beside it.
 */
class ReportFolderTest {

    @TempDir
    Path dir;

    private final Path elsewhere = Path.of("").toAbsolutePath();

    @Test
    void a_new_folder_is_made_and_marked_as_a_report() throws IOException {
        Path reports = dir.resolve("a/b/reports");

        publish(reports, "index.html");

        assertThat(reports.resolve("index.html")).hasContent("this run");
        assertThat(reports.resolve(ReportFolder.MARKER)).content().contains("index.html", ReportFolder.MARKER);
        assertThat(names(reports.getParent())).containsExactly("reports");
    }

    @Test
    void a_folder_of_someone_elses_files_is_refused_and_untouched() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(reports.resolve("thesis.txt"), "three years of work");
        Files.createDirectories(reports.resolve("sub"));
        Files.writeString(reports.resolve("sub/notes.md"), "notes");
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> ReportFolder.prepare(reports, elsewhere))
                .isInstanceOf(ReportFolderRefusedException.class)
                .hasMessageContaining("holds files that are not a report of smime-conformance")
                .hasMessageContaining("sub, thesis.txt");

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void a_regular_file_is_refused_and_untouched() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "not a folder");
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> ReportFolder.prepare(file, elsewhere))
                .isInstanceOf(ReportFolderRefusedException.class).hasMessageContaining("is a file, not a folder");

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void the_current_folder_and_the_folders_holding_it_are_refused() throws IOException {
        Path current = Files.createDirectories(dir.resolve("work/here"));
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> ReportFolder.prepare(current, current))
                .isInstanceOf(ReportFolderRefusedException.class).hasMessageContaining("is the current folder or holds it");
        assertThatThrownBy(() -> ReportFolder.prepare(current.resolve(".."), current))
                .isInstanceOf(ReportFolderRefusedException.class).hasMessageContaining("is the current folder or holds it");

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void a_symbolic_link_is_refused_and_untouched() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> ReportFolder.prepare(link, elsewhere))
                .isInstanceOf(ReportFolderRefusedException.class).hasMessageContaining("is a symbolic link");

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void an_empty_folder_takes_the_reports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));

        publish(reports, "index.html");

        assertThat(reports.resolve("index.html")).hasContent("this run");
    }

    @Test
    void an_earlier_report_is_replaced_whole() throws IOException {
        Path reports = dir.resolve("reports");
        publish(reports, "index.html", "allure-report");

        publish(reports, "index.html", "junit.xml");

        assertThat(names(reports)).containsExactly(ReportFolder.MARKER, "index.html", "junit.xml");
        assertThat(names(dir)).containsExactly("reports");
    }

    @Test
    void an_earlier_report_with_a_file_of_someone_else_beside_it_is_refused() throws IOException {
        Path reports = dir.resolve("reports");
        publish(reports, "index.html");
        Files.writeString(reports.resolve("my-notes.txt"), "notes");
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> ReportFolder.prepare(reports, elsewhere))
                .isInstanceOf(ReportFolderRefusedException.class).hasMessageContaining("my-notes.txt, which that run did not write");

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void a_file_put_into_the_folder_during_the_run_stops_the_move_and_the_reports_are_kept_aside() throws IOException {
        Path reports = dir.resolve("reports");
        publish(reports, "index.html");
        ReportFolder run = ReportFolder.prepare(reports, elsewhere);
        Files.writeString(run.workingDir().resolve("index.html"), "second run");
        Files.writeString(reports.resolve("my-notes.txt"), "notes");

        assertThatThrownBy(run::publish).isInstanceOf(ReportFolderRefusedException.class)
                .hasMessageContaining("this run's reports are in " + run.workingDir());
        run.discard();

        assertThat(reports.resolve("my-notes.txt")).hasContent("notes");
        assertThat(run.workingDir().resolve("index.html")).hasContent("second run");
    }

    @Test
    void a_run_that_does_not_publish_leaves_nothing_beside_the_reports() throws IOException {
        Path reports = dir.resolve("reports");
        ReportFolder run = ReportFolder.prepare(reports, elsewhere);
        Files.writeString(run.workingDir().resolve("index.html"), "half");

        run.discard();

        assertThat(names(dir)).isEmpty();
    }

    private void publish(Path reports, String... entries) throws IOException {
        ReportFolder run = ReportFolder.prepare(reports, elsewhere);
        for (String entry : entries) {
            Files.writeString(run.workingDir().resolve(entry), "this run");
        }
        run.publish();
        run.discard();
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every path under {@code root} with its content (files) or kind, to compare before and after. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String kind = Files.isSymbolicLink(path) ? "link to " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path) ? "folder" : Files.readString(path) + " @" + Files.getLastModifiedTime(path);
                tree.put(root.relativize(path).toString(), kind);
            }
        }
        return tree;
    }
}
