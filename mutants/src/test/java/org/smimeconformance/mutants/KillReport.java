package org.smimeconformance.mutants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The kill rate of the suite: how many broken variants of the engine the scenarios caught, per rule
 * family and in all, and which scenarios caught each one. Written as {@code mutants.md} and as a
 * self-contained {@code mutants.html}.
 */
final class KillReport {

    /** One mutant run against the scenarios of the rule it breaks. */
    record Entry(String mutant, String rule, String description, int scenarios, List<String> caughtBy) {

        boolean caught() {
            return !caughtBy.isEmpty();
        }

        String family() {
            return rule.substring(0, rule.indexOf('-'));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    synchronized String killRate() {
        long caught = entries.stream().filter(Entry::caught).count();
        return "%d of %d mutants caught (%s)".formatted(caught, entries.size(), percent(caught, entries.size()));
    }

    synchronized List<String> markdown() {
        List<String> lines = new ArrayList<>(List.of(
                "# Mutants and the scenarios that catch them", "",
                "Each mutant is the reference engine with one documented rule broken. It is run against the "
                        + "scenarios tagged with that rule; it is caught when at least one of them fails.", "",
                "**Kill rate: " + killRate() + ".**", "",
                "| rule family | mutants | caught | kill rate |", "|---|---|---|---|"));
        Map<String, List<Entry>> byFamily = new TreeMap<>();
        entries.forEach(e -> byFamily.computeIfAbsent(e.family(), f -> new ArrayList<>()).add(e));
        byFamily.forEach((family, list) -> {
            long caught = list.stream().filter(Entry::caught).count();
            lines.add("| " + family + " | " + list.size() + " | " + caught + " | " + percent(caught, list.size()) + " |");
        });
        lines.addAll(List.of("", "| mutant | breaks | what it does wrong | caught by | scenarios that failed |",
                "|---|---|---|---|---|"));
        entries.stream().sorted(Comparator.comparing(Entry::mutant)).forEach(e -> lines.add("| " + e.mutant() + " | "
                + e.rule() + " | " + e.description() + " | " + e.caughtBy().size() + " of " + e.scenarios() + " | "
                + (e.caught() ? String.join("<br>", e.caughtBy()) : "**not caught**") + " |"));
        return lines;
    }

    void write(Path dir) throws IOException {
        List<String> markdown = markdown();
        Files.createDirectories(dir);
        Files.write(dir.resolve("mutants.md"), markdown);
        var extensions = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(String.join("\n", markdown)));
        Files.writeString(dir.resolve("mutants.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mutants: %s</title><style>
                body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
                table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;
                vertical-align:top;text-align:left}th{background:#f6f8fa}</style></head><body>
                %s</body></html>
                """.formatted(killRate(), body));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
