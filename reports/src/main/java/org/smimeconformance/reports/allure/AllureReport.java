package org.smimeconformance.reports.allure;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.site.ArticleLinks;

/**
 * The Allure side of a run: the results Allure's Cucumber plugin writes into
 * {@code allure-results/}, the categories that keep conformance failures apart from harness
 * errors, and the single-file report made from them offline by the Allure command line that the
 * build unpacks beside the runnable jar ({@code cli/target/allure}).
 */
public final class AllureReport {

    /** The Cucumber plugin that writes Allure results. */
    public static final String PLUGIN = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm";

    /** Allure's "failed" is an assertion that did not hold; "broken" is any other exception. */
    private static final String CATEGORIES = """
            [
              {"name": "Conformance failures", "description": "The implementation answered, and the answer is not what the article requires.",
               "matchedStatuses": ["failed"]},
              {"name": "Harness errors", "description": "The scenario could not judge the implementation: an adapter that crashed, a fake that did not start, a step that threw.",
               "matchedStatuses": ["broken"]}
            ]
            """;

    private static final long GENERATION_TIMEOUT_SECONDS = 300;

    private AllureReport() {
    }

    /** Points Allure at {@code results} for the coming run and writes the categories there. */
    public static void prepare(Path results) throws IOException {
        Files.createDirectories(results);
        Files.writeString(results.resolve("categories.json"), CATEGORIES);
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
    }

    /**
     * Makes {@code report/index.html}, one self-contained file, from {@code results}, with Allure's
     * analytics off and nothing fetched.
     *
     * @param home the Allure command line's folder (holding {@code lib/}), see {@link #commandLineBeside}
     * @return why no report was made, empty when one was
     */
    public static Optional<String> generate(Path results, Path report, Path home) {
        try {
            fileUnderTheArticle(results);
        } catch (IOException e) {
            return Optional.of("the Allure results could not be labelled: " + e.getMessage());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = home.resolve("lib") + File.separator + "*" + File.pathSeparator + home.resolve("lib").resolve("config");
        // A short-lived tool: the first JIT tier and the serial collector make it in half the time
        // of the JVM's defaults, which spend a 2-core machine on compiling and collecting.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "io.qameta.allure.CommandLine",
                "generate", "--single-file", "--clean", "-o", report.toString(), results.toString())
                .redirectErrorStream(true);
        builder.environment().put("ALLURE_NO_ANALYTICS", "true");
        // the command line finds its plugins (behaviors, ...) and config under APP_HOME, as its own launcher sets it
        builder.environment().put("APP_HOME", home.toString());
        try {
            Path log = Files.createTempFile(results.getParent(), "allure", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(GENERATION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("the Allure report took longer than " + GENERATION_TIMEOUT_SECONDS + " s");
            }
            String output = Files.readString(log);
            Files.delete(log);
            return process.exitValue() == 0 && Files.exists(report.resolve("index.html"))
                    ? Optional.empty()
                    : Optional.of("the Allure command line failed: " + output.strip());
        } catch (IOException e) {
            return Optional.of("the Allure command line could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while making the Allure report");
        }
    }

    /**
     * Files each result the way a reader of the article looks for it: the epic is the article's
     * section, the feature the rule family, the story the rule, with a link to the section of the
     * article. Cucumber's own feature and story labels give way to these.
     */
    static void fileUnderTheArticle(Path results) throws IOException {
        RuleCatalogue catalogue = RuleCatalogue.load();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(results)) {
            files = list.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList();
        }
        for (Path file : files) {
            ObjectNode result = (ObjectNode) json.readTree(file.toFile());
            ArrayNode labels = result.withArray("labels");
            List<Rule> rules = new ArrayList<>();
            for (JsonNode label : labels) {
                String value = label.path("value").asText();
                if ("tag".equals(label.path("name").asText()) && value.startsWith("rule:")) {
                    catalogue.rule(value.substring("rule:".length())).ifPresent(rules::add);
                }
            }
            if (rules.isEmpty()) {
                continue;
            }
            ArrayNode kept = json.createArrayNode();
            labels.forEach(label -> {
                String name = label.path("name").asText();
                if (!name.equals("feature") && !name.equals("story") && !name.equals("epic")) {
                    kept.add(label);
                }
            });
            ArrayNode links = result.withArray("links");
            for (Rule rule : rules) {
                kept.add(label(json, "epic", rule.section()));
                kept.add(label(json, "feature", rule.family() + ": " + rule.familyTitle()));
                kept.add(label(json, "story", rule.id() + " " + rule.articleSays().replace("`", "")));
                links.add(json.createObjectNode().put("name", "Article: " + rule.section())
                        .put("url", ArticleLinks.section(rule.section())).put("type", "link"));
            }
            result.set("labels", kept);
            json.writeValue(file.toFile(), result);
        }
    }

    private static ObjectNode label(ObjectMapper json, String name, String value) {
        return json.createObjectNode().put("name", name).put("value", value);
    }

    /**
     * The Allure command line the build unpacked beside the jar or classes folder {@code anchor} was
     * loaded from: {@code <that folder's parent>/allure/allure-<version>}, the newest when several.
     */
    public static Optional<Path> commandLineBeside(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path unpacked = location.getParent().resolve("allure");
            if (!Files.isDirectory(unpacked)) {
                return Optional.empty();
            }
            try (Stream<Path> homes = Files.list(unpacked)) {
                List<Path> found = homes.filter(p -> Files.isDirectory(p.resolve("lib"))).sorted().toList();
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
            }
        } catch (URISyntaxException | IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
