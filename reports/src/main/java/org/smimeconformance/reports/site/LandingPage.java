package org.smimeconformance.reports.site;

import static org.smimeconformance.reports.site.Html.anchor;
import static org.smimeconformance.reports.site.Html.escape;
import static org.smimeconformance.reports.site.Html.inline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.Interpretation;
import org.smimeconformance.reports.features.Scenario;
import org.smimeconformance.reports.results.ScenarioRun;

/**
 * The landing page of a run's reports, {@code index.html}: one self-contained file that opens from
 * {@code file://} with nothing fetched. It shows the summary, the traceability matrix (article
 * section, rule, the article's words, its scenarios and how they ended), the register of readings
 * chosen where the article is silent, the places where the article contradicts itself, and each
 * scenario's steps with the implementation's answers.
 */
public final class LandingPage {

    /**
     * What the page is made of.
     *
     * @param target          the implementation the run judged
     * @param catalogue       every rule
     * @param scenarios       every scenario of the suite, as scanned from the features
     * @param interpretations every chosen reading
     * @param runs            how each scenario that ran ended (empty when none ran)
     * @param contradictions  where the article contradicts itself
     * @param wallTime        how long the run took
     * @param links           the other reports beside the page, by title, relative to it
     */
    public record Inputs(String target, RuleCatalogue catalogue, List<Scenario> scenarios,
                         List<Interpretation> interpretations, List<ScenarioRun> runs,
                         List<Contradiction> contradictions, Duration wallTime, Map<String, String> links) {

        public Inputs {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(catalogue, "catalogue");
            scenarios = List.copyOf(scenarios);
            interpretations = List.copyOf(interpretations);
            runs = List.copyOf(runs);
            contradictions = List.copyOf(contradictions);
            Objects.requireNonNull(wallTime, "wallTime");
            links = Map.copyOf(links);
        }
    }

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
            header{background:#0f3057;color:#fff;padding:24px 32px}
            header h1{margin:0 0 4px;font-size:24px}header p{margin:0;opacity:.85}
            main{padding:8px 32px 48px;max-width:1200px}
            nav a{margin-right:16px}
            h2{margin-top:36px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{margin-top:28px}
            table{border-collapse:collapse;width:100%;margin:8px 0}
            th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
            th{background:#f6f8fa}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
            .passed{background:#1a7f37}.failed{background:#cf222e}.error{background:#8250df}.skipped{background:#9a6700}.notrun{background:#6e7781}
            .reading{background:#fff8c5;border-left:4px solid #d4a72c;padding:8px 12px;margin:6px 0}
            .cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}
            .card{border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;min-width:140px}
            .card b{display:block;font-size:26px}
            ul.scenarios{margin:0;padding-left:18px}
            pre{white-space:pre-wrap;background:#f6f8fa;padding:8px;border-radius:6px;font-size:13px}
            code{background:#f6f8fa;padding:0 3px;border-radius:3px}
            .muted{color:#656d76}
            details{margin:6px 0}
            """;

    private final Inputs in;
    private final Map<String, ScenarioRun> runByKey = new HashMap<>();
    private final Map<String, String> idByKey = new LinkedHashMap<>();

    private LandingPage(Inputs inputs) {
        this.in = inputs;
        for (ScenarioRun run : inputs.runs()) {
            runByKey.put(key(run.featureFile(), run.name()), run);
        }
        int n = 0;
        for (Scenario scenario : inputs.scenarios()) {
            idByKey.putIfAbsent(key(scenario), "scenario-" + (++n));
        }
    }

    /** Writes {@code index.html} into {@code dir} and returns its path. */
    public static Path write(Path dir, Inputs inputs) throws IOException {
        Path page = dir.resolve("index.html");
        Files.writeString(page, new LandingPage(inputs).render(), StandardCharsets.UTF_8);
        return page;
    }

    /** The page as a string. */
    public static String render(Inputs inputs) {
        return new LandingPage(inputs).render();
    }

    private String render() {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>S/MIME conformance: ").append(escape(in.target())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        html.append("<header><h1>S/MIME for Outlook for iOS and Android: conformance</h1><p>Implementation under test: <b>")
                .append(escape(in.target())).append("</b></p></header><main>");
        html.append("<nav><p><a href=\"#summary\">Summary</a><a href=\"#matrix\">Traceability matrix</a>")
                .append("<a href=\"#readings\">Readings chosen</a><a href=\"#contradictions\">Contradictions</a>")
                .append("<a href=\"#scenarios\">Scenarios</a></p></nav>");
        summary(html);
        matrix(html);
        readings(html);
        contradictions(html);
        scenarios(html);
        html.append("</main></body></html>\n");
        return html.toString();
    }

    private void summary(StringBuilder html) {
        long passed = count(ScenarioRun.Status.PASSED);
        long failed = count(ScenarioRun.Status.FAILED);
        long skipped = count(ScenarioRun.Status.SKIPPED);
        long rulesCovered = in.catalogue().rules().stream().filter(r -> !scenariosOf(r).isEmpty()).count();
        long rulesPassing = in.catalogue().rules().stream().filter(this::allPassed).count();
        html.append("<h2 id=\"summary\">Summary</h2><div class=\"cards\">")
                .append(card(passed, "scenarios passed")).append(card(failed, "scenarios failed"));
        long errors = count(ScenarioRun.Status.ERROR);
        if (errors > 0) {
            html.append(card(errors, "harness errors (the scenario could not judge)"));
        }
        if (skipped > 0) {
            html.append(card(skipped, "scenarios skipped"));
        }
        html.append(card(rulesCovered, "of " + in.catalogue().rules().size() + " rules with scenarios"))
                .append(card(rulesPassing, "rules whose scenarios all passed"))
                .append(card(in.interpretations().size(), "readings chosen"))
                .append("</div>");
        html.append("<p class=\"muted\">").append(in.runs().size()).append(" scenarios ran in ")
                .append(String.format("%.1f", in.wallTime().toMillis() / 1000.0)).append(" s. ")
                .append("Each scenario asserts a stable outcome code; the implementation's own message is shown beside it.</p>");
        if (!in.links().isEmpty()) {
            html.append("<p>Detailed reports: ");
            List<String> parts = new ArrayList<>();
            in.links().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(link -> parts.add(
                    "<a href=\"" + escape(link.getValue()) + "\">" + escape(link.getKey()) + "</a>"));
            html.append(String.join(" · ", parts)).append("</p>");
        }
    }

    private void matrix(StringBuilder html) {
        html.append("<h2 id=\"matrix\">Traceability matrix</h2>")
                .append("<p>Every rule the article states, numbered, with the scenarios that pin it down and how they ended.</p>");
        Map<String, List<Rule>> bySection = new LinkedHashMap<>();
        for (Rule rule : in.catalogue().rules()) {
            bySection.computeIfAbsent(rule.section(), k -> new ArrayList<>()).add(rule);
        }
        for (Map.Entry<String, List<Rule>> section : bySection.entrySet()) {
            html.append("<h3>").append(escape(section.getKey())).append(" <a class=\"muted\" href=\"")
                    .append(escape(ArticleLinks.section(section.getKey()))).append("\">(article)</a></h3>");
            html.append("<table><thead><tr><th style=\"width:8%\">Rule</th><th style=\"width:40%\">The article says</th>")
                    .append("<th>Scenarios</th></tr></thead><tbody>");
            for (Rule rule : section.getValue()) {
                html.append("<tr id=\"rule-").append(anchor(rule.id())).append("\"><td><b>").append(escape(rule.id()))
                        .append("</b>");
                if (rule.interpretation()) {
                    html.append("<br><a href=\"#readings\" class=\"badge skipped\" title=\"the article is silent here\">reading</a>");
                }
                html.append("</td><td>").append(inline(rule.articleSays())).append("</td><td>");
                List<Scenario> scenarios = scenariosOf(rule);
                if (scenarios.isEmpty()) {
                    html.append("<span class=\"badge notrun\">no scenario yet</span>");
                } else {
                    html.append("<ul class=\"scenarios\">");
                    for (Scenario scenario : scenarios) {
                        html.append("<li>").append(badge(scenario)).append(" <a href=\"#").append(idByKey.get(key(scenario)))
                                .append("\">").append(escape(scenario.name())).append("</a></li>");
                    }
                    html.append("</ul>");
                }
                html.append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
    }

    private void readings(StringBuilder html) {
        html.append("<h2 id=\"readings\">Readings chosen where the article is silent</h2>")
                .append("<p>Each reading below is stated once in a feature, tagged <code>@interpretation</code>. ")
                .append("A product owner can overrule any of them; the scenarios under it then change with it.</p>");
        if (in.interpretations().isEmpty()) {
            html.append("<p class=\"muted\">None.</p>");
            return;
        }
        html.append("<table><thead><tr><th style=\"width:22%\">Reading</th><th style=\"width:30%\">The article says</th>")
                .append("<th>The reading chosen</th></tr></thead><tbody>");
        for (Interpretation reading : in.interpretations()) {
            html.append("<tr><td><b>").append(escape(reading.title())).append("</b><br><span class=\"muted\">")
                    .append(escape(reading.file().toString().replace('\\', '/'))).append(":").append(reading.line())
                    .append("</span></td><td>");
            for (String id : reading.ruleIds()) {
                Optional<Rule> rule = in.catalogue().rule(id);
                html.append("<p><a href=\"#rule-").append(anchor(id)).append("\"><b>").append(escape(id)).append("</b></a> ")
                        .append(rule.map(r -> inline(r.articleSays())).orElse("")).append("</p>");
            }
            html.append("</td><td><div class=\"reading\">").append(escape(reading.reading())).append("</div></td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void contradictions(StringBuilder html) {
        html.append("<h2 id=\"contradictions\">Where the article contradicts itself</h2>");
        for (Contradiction contradiction : in.contradictions()) {
            html.append("<h3>").append(escape(contradiction.title())).append("</h3><p>");
            for (String id : contradiction.rules()) {
                html.append("<a href=\"#rule-").append(anchor(id)).append("\" class=\"badge notrun\">")
                        .append(escape(id)).append("</a> ");
            }
            html.append("</p><p>").append(escape(contradiction.article())).append("</p><div class=\"reading\">")
                    .append(escape(contradiction.treatment())).append("</div>");
        }
    }

    private void scenarios(StringBuilder html) {
        html.append("<h2 id=\"scenarios\">Scenarios</h2>");
        String currentFile = null;
        for (Scenario scenario : in.scenarios()) {
            String file = scenario.file().toString().replace('\\', '/');
            if (!file.equals(currentFile)) {
                html.append("<h3>").append(escape(scenario.feature())).append(" <span class=\"muted\">")
                        .append(escape(file)).append("</span></h3>");
                currentFile = file;
            }
            Optional<ScenarioRun> run = Optional.ofNullable(runByKey.get(key(scenario)));
            html.append("<details id=\"").append(idByKey.get(key(scenario))).append("\"")
                    .append(run.filter(r -> r.status() == ScenarioRun.Status.FAILED || r.status() == ScenarioRun.Status.ERROR)
                            .isPresent() ? " open" : "")
                    .append("><summary>").append(badge(scenario)).append(" ").append(escape(scenario.name()))
                    .append(" <span class=\"muted\">");
            for (String id : scenario.ruleIds()) {
                html.append(" <a href=\"#rule-").append(anchor(id)).append("\">").append(escape(id)).append("</a>");
            }
            html.append("</span></summary>");
            if (run.isEmpty()) {
                html.append("<p class=\"muted\">Not run in this run.</p></details>");
                continue;
            }
            html.append("<pre>");
            for (ScenarioRun.Step step : run.get().steps()) {
                html.append(escape(step.keyword())).append(' ').append(escape(step.text()));
                if (!"passed".equals(step.status())) {
                    html.append("   [").append(escape(step.status())).append(']');
                }
                html.append('\n');
            }
            html.append("</pre>");
            for (String note : run.get().notes()) {
                html.append("<p>The implementation answered: <code>").append(escape(note)).append("</code></p>");
            }
            if (!run.get().error().isEmpty()) {
                html.append("<pre>").append(escape(firstLines(run.get().error(), 15))).append("</pre>");
            }
            html.append("</details>");
        }
    }

    private List<Scenario> scenariosOf(Rule rule) {
        return in.scenarios().stream().filter(s -> s.ruleIds().contains(rule.id())).toList();
    }

    private boolean allPassed(Rule rule) {
        List<Scenario> scenarios = scenariosOf(rule);
        return !scenarios.isEmpty() && scenarios.stream().allMatch(s -> status(s).equals("passed"));
    }

    private long count(ScenarioRun.Status status) {
        return in.runs().stream().filter(r -> r.status() == status).count();
    }

    private String status(Scenario scenario) {
        ScenarioRun run = runByKey.get(key(scenario));
        return run == null ? "notrun" : run.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    private String badge(Scenario scenario) {
        String status = status(scenario);
        return "<span class=\"badge " + status + "\">" + ("notrun".equals(status) ? "not run" : status) + "</span>";
    }

    private static String card(long number, String label) {
        return "<div class=\"card\"><b>" + number + "</b>" + escape(label) + "</div>";
    }

    private static String key(Scenario scenario) {
        return key(scenario.file().toString().replace('\\', '/'), scenario.name());
    }

    private static String key(String featureFile, String name) {
        return featureFile + "\u0000" + name;
    }

    private static String firstLines(String text, int lines) {
        return String.join("\n", text.lines().limit(lines).toList());
    }
}
