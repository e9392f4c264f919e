package org.smimeconformance.reports.site;

import static org.smimeconformance.reports.site.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code steps.html}: the step vocabulary teams may use in their own features, read from the glue
 * by the runner and handed over here as plain values. Self-contained, opens offline.
 */
public final class VocabularyPage {

    /** One step: its keyword, its Cucumber expression, a line of the shipped features using it. */
    public record Step(String keyword, String expression, Optional<String> example) {
    }

    /** One parameter type: its name, the values it accepts (empty when any match of the pattern does), its pattern. */
    public record ParameterType(String name, List<String> values, String regexp) {
    }

    private VocabularyPage() {
    }

    /** Writes {@code steps.html} into {@code dir}. */
    public static Path write(Path dir, List<Step> steps, List<ParameterType> types) throws IOException {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Step vocabulary</title><style>")
                .append("body{font:15px/1.5 system-ui,sans-serif;margin:24px 32px;color:#1f2328;max-width:1100px}")
                .append("code{background:#f6f8fa;padding:1px 4px;border-radius:3px}li{margin:6px 0}.muted{color:#656d76}")
                .append("</style></head><body><h1>Step vocabulary</h1><p><a href=\"index.html\">Back to the landing page</a></p>")
                .append("<p>Every step a feature may use, read from the suite's glue. Any of Given, When, Then, And, But may ")
                .append("start a line. Run your own features with <code>./smime-conformance run --features PATH</code>.</p>")
                .append("<h2>Steps (").append(steps.size()).append(")</h2><ul>");
        for (Step step : steps) {
            html.append("<li><code>").append(escape(step.keyword() + " " + step.expression())).append("</code>");
            step.example().ifPresent(e -> html.append("<br><span class=\"muted\">e.g. ").append(escape(step.keyword() + " " + e))
                    .append("</span>"));
            html.append("</li>");
        }
        html.append("</ul><h2>Parameter types</h2><ul>");
        for (ParameterType type : types) {
            html.append("<li><code>{").append(escape(type.name())).append("}</code> ");
            html.append(type.values().isEmpty()
                    ? "matches <code>" + escape(type.regexp()) + "</code>"
                    : "one of: " + escape(String.join(" | ", type.values())));
            html.append("</li>");
        }
        html.append("</ul></body></html>\n");
        Path page = dir.resolve("steps.html");
        Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
        return page;
    }
}
