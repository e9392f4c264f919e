package org.smimeconformance.steps.world;

import org.assertj.core.api.AbstractAssert;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * Assertions on an answer of Outlook: the code is compared, and the message the implementation gave
 * is shown beside it when the code is not the one expected, so that a report says why.
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

    private OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    public static OutcomeAssert assertThat(Outcome actual) {
        return new OutcomeAssert(actual);
    }

    /** The answer has this code. */
    public OutcomeAssert hasCode(OutcomeCode expected) {
        isNotNull();
        if (actual.code() != expected) {
            failWithActualExpectedAndMessage(actual.code(), expected, "Expecting %s but Outlook answered %s: %s",
                    expected, actual.code(), actual.message());
        }
        return this;
    }
}
