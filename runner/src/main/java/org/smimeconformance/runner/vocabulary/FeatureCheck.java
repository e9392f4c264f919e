package org.smimeconformance.runner.vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.PickleStep;

/**
 * Checks feature files written outside the suite against the vocabulary before they run, so that a
 * misspelt step is a usage error that names the closest existing step, not a failed scenario.
 */
public final class FeatureCheck {

    private FeatureCheck() {
    }

    /**
     * Every step of the feature files at {@code paths} (files, or folders searched for
     * {@code *.feature}) that the vocabulary does not define.
     *
     * @throws IllegalArgumentException when a file is not valid Gherkin or a path does not exist
     */
    public static List<UndefinedStep> undefinedSteps(List<Path> paths, Vocabulary vocabulary) throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .includePickles(true).build();
        List<UndefinedStep> undefined = new ArrayList<>();
        for (Path file : featureFiles(paths)) {
            List<Envelope> envelopes = parser.parse(file.toString(), Files.readAllBytes(file)).toList();
            List<String> errors = envelopes.stream().flatMap(e -> e.getParseError().stream())
                    .map(error -> error.getMessage()).toList();
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(file + " is not valid Gherkin: " + String.join("; ", errors));
            }
            for (Envelope envelope : envelopes) {
                envelope.getPickle().ifPresent(pickle -> {
                    for (PickleStep step : pickle.getSteps()) {
                        if (vocabulary.match(step.getText()).isEmpty()
                                && undefined.stream().noneMatch(u -> u.file().equals(file) && u.text().equals(step.getText()))) {
                            undefined.add(new UndefinedStep(file, step.getText(), vocabulary.closest(step.getText())));
                        }
                    }
                });
            }
        }
        return undefined;
    }

    /** The feature files at the given paths, in order. */
    public static List<Path> featureFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".feature")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such feature file or folder: " + path);
            }
        }
        return files;
    }
}
