package org.smimeconformance.runner.vocabulary;

import java.util.List;

/**
 * A domain parameter type of the vocabulary, e.g. {@code {outcome}}.
 *
 * @param name   the name used in expressions, without braces
 * @param regexp the regular expression a value must match
 * @param values the accepted values when the expression lists them, else empty
 */
public record ParameterTypeDefinition(String name, String regexp, List<String> values) {
}
