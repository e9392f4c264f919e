package org.smimeconformance.runner.vocabulary;

import java.util.Optional;

/**
 * One step of the vocabulary.
 *
 * @param keyword    Given, When or Then, as the glue declares it (any keyword matches in a feature)
 * @param expression the Cucumber expression, e.g. {@code the certificate is not trusted: {outcome}}
 * @param example    a line of the shipped features that uses it, when one does
 */
public record StepDefinition(String keyword, String expression, Optional<String> example) {
}
