package org.smimeconformance.runner.vocabulary;

import java.nio.file.Path;

/**
 * A step of a feature file that no step definition matches.
 *
 * @param file    the feature file
 * @param text    the step's text, as it runs (an outline's placeholders filled in)
 * @param closest the existing step it most resembles
 */
public record UndefinedStep(Path file, String text, StepDefinition closest) {
}
