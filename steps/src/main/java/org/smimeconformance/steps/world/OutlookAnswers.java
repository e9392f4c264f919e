package org.smimeconformance.steps.world;

import java.util.List;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.mail.ComposeOptions;
import org.smimeconformance.contract.mail.ReadResult;
import org.smimeconformance.contract.settings.PolicyResult;

/**
 * What Outlook last answered in this scenario, one slot per kind of question, so that "Then" steps
 * can read it. Each answer is also written into the scenario's report with its message. A message
 * composed and sent or saved keeps its own answer ({@link ComposedMessage}). One per scenario.
 */
public final class OutlookAnswers {

    private final ScenarioReport report;

    private Outcome outcome;
    private CertificateSelection selection;
    private ComposeOptions composeOptions;
    private PolicyResult policy;
    private CertificateDetails details;
    private ReadResult read;
    private LookupResult lookup;

    public OutlookAnswers(ScenarioReport report) {
        this.report = report;
    }

    /** The answer to a toggle, an installation or a comparison. */
    public void outcome(Outcome value) {
        outcome = value;
        report.log(value.code() + ": " + value.message());
    }

    public Outcome outcome() {
        return require(outcome, "Outlook was asked nothing that answers with an outcome yet");
    }

    /**
     * For a "Given" step that needs what it asked of Outlook to have been done.
     *
     * @throws AssertionError when the last outcome is not a success; {@code what} says what was not done
     */
    public void requireSuccess(String what) {
        if (!outcome().isSuccess()) {
            throw new AssertionError(what + ": " + outcome());
        }
    }

    /**
     * For a "Given" step that needs this very answer.
     *
     * @throws AssertionError when the last outcome has another code; {@code what} says what was not done
     */
    public void require(OutcomeCode expected, String what) {
        if (outcome().code() != expected) {
            throw new AssertionError(what + ": " + outcome());
        }
    }

    public void selection(CertificateSelection value) {
        selection = value;
        report.log(value.outcome().code() + ": " + value.outcome().message());
    }

    public CertificateSelection selection() {
        return require(selection, "Outlook was not asked to choose a certificate yet");
    }

    public void composeOptions(ComposeOptions value) {
        composeOptions = value;
        report.log("sign " + value.sign().code() + ": " + value.sign().message()
                + "; encrypt " + value.encrypt().code() + ": " + value.encrypt().message()
                + "; starts signed " + value.signByDefault() + ", encrypted " + value.encryptByDefault());
    }

    public ComposeOptions composeOptions() {
        return require(composeOptions, "no new message was started yet");
    }

    public void policy(PolicyResult value) {
        policy = value;
        report.log(value.outcome().code() + ": " + value.outcome().message());
        value.problems().forEach(problem -> report.log("  " + problem.code() + " " + problem.key() + ": " + problem.message()));
    }

    public PolicyResult policy() {
        return require(policy, "no app configuration policy was delivered yet");
    }

    /** The problems Outlook found with the last policy, in its order, without their messages. */
    public List<KeyProblem> policyProblems() {
        return policy().problems().stream().map(problem -> new KeyProblem(problem.key(), problem.code())).toList();
    }

    public void details(CertificateDetails value) {
        details = value;
        report.log(String.valueOf(value));
    }

    public CertificateDetails details() {
        return require(details, "no certificate's details were opened yet");
    }

    /** What the reading pane showed for a received message. */
    public void read(ReadResult value) {
        read = value;
        report.log(value.form() + ", status " + value.status().code() + ": " + value.status().message());
        value.certificateWarnings().forEach(warning -> report.log("  warning " + warning.code() + ": " + warning.message()));
    }

    public ReadResult read() {
        return require(read, "no received message was opened yet");
    }

    /** What a certificate lookup found. */
    public void lookup(LookupResult value) {
        lookup = value;
        report.log(value.outcome().code() + ": " + value.outcome().message()
                + value.source().map(source -> " (" + source + ")").orElse(""));
    }

    public LookupResult lookup() {
        return require(lookup, "no certificate was looked up yet");
    }

    private static <T> T require(T value, String otherwise) {
        if (value == null) {
            throw new IllegalStateException(otherwise);
        }
        return value;
    }
}
