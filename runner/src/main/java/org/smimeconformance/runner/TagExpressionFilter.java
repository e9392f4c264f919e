package org.smimeconformance.runner;

import java.util.List;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps the scenarios a Cucumber tag expression ({@code @trust and not @interpretation}) selects,
 * at discovery, so that scenarios left out are not reported at all rather than as skipped.
 */
final class TagExpressionFilter implements PostDiscoveryFilter {

    private final String source;
    private final Expression expression;

    /** @throws IllegalArgumentException when the expression is not a valid tag expression */
    TagExpressionFilter(String source) {
        this.source = source;
        try {
            this.expression = TagExpressionParser.parse(source);
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("not a tag expression: " + source + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("containers are kept while they hold selected scenarios");
        }
        List<String> tags = descriptor.getTags().stream().map(tag -> "@" + tag.getName()).toList();
        return FilterResult.includedIf(expression.evaluate(tags), () -> "selected by " + source, () -> "not selected by " + source);
    }
}
