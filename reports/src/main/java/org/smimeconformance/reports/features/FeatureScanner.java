package org.smimeconformance.reports.features;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.RuleChild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the suite's feature files with the Gherkin parser Cucumber itself uses, so that what is
 * scanned is exactly what runs.
 */
public final class FeatureScanner {

    private FeatureScanner() {
    }

    /**
     * Every scenario of every {@code *.feature} file under {@code featuresDir}, at any depth: files
     * in the order of their relative paths, scenarios in the order Cucumber runs them, each
     * Scenario Outline expanded into one {@link Scenario} per example row. A folder with no
     * feature files gives an empty list.
     *
     * @throws NoSuchFileException when {@code featuresDir} is not a folder
     * @throws IllegalArgumentException when a feature file is not valid Gherkin; the message names
     *     every error of every such file
     * @throws IOException when a file cannot be read
     */
    public static List<Scenario> scan(Path featuresDir) throws IOException {
        if (!Files.isDirectory(featuresDir)) {
            throw new NoSuchFileException(featuresDir.toString(), null, "the features folder does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(featuresDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".feature"))
                    .map(featuresDir::relativize)
                    .sorted()
                    .toList();
        }
        GherkinParser parser = GherkinParser.builder()
                .includeSource(false)
                .includeGherkinDocument(true)
                .includePickles(true)
                .build();
        List<Scenario> scenarios = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            scanFile(parser, file, Files.readAllBytes(featuresDir.resolve(file)), scenarios, errors);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid Gherkin under " + featuresDir + ":\n" + String.join("\n", errors));
        }
        return List.copyOf(scenarios);
    }

    /**
     * Every chosen reading under {@code featuresDir}: each {@code Rule:} and each scenario tagged
     * {@code @interpretation}, with its description, in file order.
     *
     * @throws NoSuchFileException when {@code featuresDir} is not a folder
     * @throws IllegalArgumentException when a feature file is not valid Gherkin
     * @throws IOException when a file cannot be read
     */
    public static List<Interpretation> interpretations(Path featuresDir) throws IOException {
        return interpretations(featuresDir, scan(featuresDir));
    }

    /** The same, for a folder already scanned into {@code scenarios}, which name the rules each reading reads. */
    public static List<Interpretation> interpretations(Path featuresDir, List<Scenario> scenarios) throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(false).build();
        List<Interpretation> found = new ArrayList<>();
        for (Path file : scenarios.stream().map(Scenario::file).distinct().toList()) {
            byte[] source = Files.readAllBytes(featuresDir.resolve(file));
            parser.parse(file.toString(), source)
                    .flatMap(e -> e.getGherkinDocument().stream())
                    .flatMap(document -> document.getFeature().stream())
                    .forEach(feature -> interpretationsOf(file, feature, scenarios, found));
        }
        return List.copyOf(found);
    }

    private static void interpretationsOf(Path file, Feature feature, List<Scenario> scenarios, List<Interpretation> found) {
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenario -> {
                if (tagged(scenario.getTags())) {
                    found.add(interpretation(file, feature, scenario.getName(), scenario.getDescription(),
                            scenario.getLocation().getLine().intValue(), List.of(scenario), scenarios));
                }
            });
            child.getRule().ifPresent(rule -> {
                List<io.cucumber.messages.types.Scenario> inside = rule.getChildren().stream()
                        .flatMap(ruleChild -> ruleChild.getScenario().stream()).toList();
                if (tagged(rule.getTags())) {
                    found.add(interpretation(file, feature, rule.getName(), rule.getDescription(),
                            rule.getLocation().getLine().intValue(), inside, scenarios));
                }
                for (io.cucumber.messages.types.Scenario scenario : inside) {
                    if (tagged(scenario.getTags())) {
                        found.add(interpretation(file, feature, scenario.getName(), scenario.getDescription(),
                                scenario.getLocation().getLine().intValue(), List.of(scenario), scenarios));
                    }
                }
            });
        }
    }

    private static boolean tagged(List<io.cucumber.messages.types.Tag> tags) {
        return tags.stream().anyMatch(tag -> tag.getName().equals(Interpretation.TAG));
    }

    private static Interpretation interpretation(Path file, Feature feature, String title, String description, int line,
                                                 List<io.cucumber.messages.types.Scenario> covering,
                                                 List<Scenario> scenarios) {
        List<Integer> lines = covering.stream().map(s -> s.getLocation().getLine().intValue()).toList();
        List<String> ruleIds = scenarios.stream()
                .filter(s -> s.file().equals(file) && lines.contains(s.line()))
                .flatMap(s -> s.ruleIds().stream())
                .distinct()
                .toList();
        String reading = description.lines().map(String::strip).collect(java.util.stream.Collectors.joining(" ")).strip();
        return new Interpretation(file, line, feature.getName(), title, reading, ruleIds);
    }

    private static void scanFile(
            GherkinParser parser, Path file, byte[] source, List<Scenario> scenarios, List<String> errors) {
        List<Envelope> envelopes = parser.parse(file.toString(), source).toList();
        List<ParseError> parseErrors = envelopes.stream().flatMap(e -> e.getParseError().stream()).toList();
        if (!parseErrors.isEmpty()) {
            parseErrors.forEach(error -> errors.add(file + ": " + error.getMessage()));
            return;
        }
        Feature feature = envelopes.stream()
                .flatMap(e -> e.getGherkinDocument().stream())
                .flatMap(document -> document.getFeature().stream())
                .findFirst()
                .orElse(null);
        if (feature == null) {
            return;
        }
        Map<String, io.cucumber.messages.types.Scenario> declarations = declarations(feature);
        envelopes.stream().flatMap(e -> e.getPickle().stream()).forEach(pickle -> {
            io.cucumber.messages.types.Scenario declared = declarations.get(pickle.getAstNodeIds().get(0));
            scenarios.add(scenario(file, feature, declared, pickle));
        });
    }

    private static Scenario scenario(
            Path file, Feature feature, io.cucumber.messages.types.Scenario declared, Pickle pickle) {
        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
        List<String> ruleIds = tags.stream()
                .filter(tag -> tag.startsWith(Scenario.RULE_TAG_PREFIX))
                .map(tag -> tag.substring(Scenario.RULE_TAG_PREFIX.length()))
                .distinct()
                .toList();
        return new Scenario(file, feature.getName(), pickle.getName(), declared.getName(),
                declared.getLocation().getLine().intValue(), tags, ruleIds);
    }

    /** The file's Scenarios and Scenario Outlines, also those inside Rules, by AST node ID. */
    private static Map<String, io.cucumber.messages.types.Scenario> declarations(Feature feature) {
        Map<String, io.cucumber.messages.types.Scenario> byId = new HashMap<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenario -> byId.put(scenario.getId(), scenario));
            child.getRule().ifPresent(rule -> {
                for (RuleChild ruleChild : rule.getChildren()) {
                    ruleChild.getScenario().ifPresent(scenario -> byId.put(scenario.getId(), scenario));
                }
            });
        }
        return byId;
    }
}
