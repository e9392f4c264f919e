package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.fakes.mail.ExaminedMessage;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.ScenarioDirectories;

/**
 * The recipients of an encrypted message (SEND-4, SEND-8, SEND-10, SEND-11): whom Outlook offers to
 * remove, what the sender does then, and what went out, judged from the messages Outlook produced
 * and the fakes' own S/MIME reader, not from what Outlook answered.
 */
public final class RecipientSteps {

    private final ComposedMessage message;
    private final ScenarioDirectories directories;

    public RecipientSteps(ComposedMessage message, ScenarioDirectories directories) {
        this.message = message;
        this.directories = directories;
    }

    /** The recipients offered for removal are these, each once, in any order. */
    @Then("Outlook offers to remove exactly {addresses}")
    public void offersExactly(List<String> expected) {
        List<String> offered = message.last().recipientsWithoutValidCertificate();
        assertThat(lower(offered)).as("the recipients Outlook offers to remove").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(lower(expected));
    }

    /** Every person behind the group, as the scenario stated it, each once. */
    @Then("Outlook offers to remove exactly the {int} members of {address}")
    public void offersMembers(int count, String group) {
        List<String> people = directories.peopleIn(group);
        assertThat(people).as("the people the scenario put in %s", group).hasSize(count);
        offersExactly(people);
    }

    @Then("Outlook offers to remove nobody")
    public void offersNobody() {
        assertThat(message.last().recipientsWithoutValidCertificate()).as("the recipients Outlook offers to remove").isEmpty();
    }

    /** As {@link ComposedMessage#sendAgainWithoutTheOffered} sends it. */
    @When("{person} removes the recipients Outlook offered to remove and sends the message again")
    public void removesAndSends(String person) {
        assertThat(message.last().recipientsWithoutValidCertificate()).as("the recipients Outlook offered to remove").isNotEmpty();
        message.sendAgainWithoutTheOffered();
    }

    @When("{person} turns encryption off and sends the message again")
    public void withoutEncryption(String person) {
        message.sendAgainUnencrypted();
    }

    @Then("nothing went out")
    public void nothingWentOut() {
        ComposeResult last = message.last();
        assertThat(message.outbox()).as("the messages Outlook sent (it answered %s: %s)", last.outcome().code(),
                last.outcome().message()).isEmpty();
    }

    @Then("exactly one message went out")
    public void oneWentOut() {
        assertThat(message.outbox()).as("the messages Outlook sent").hasSize(1);
    }

    /** Every message sent is enveloped-data: nothing left in the clear, for anyone. */
    @Then("no message went out unencrypted")
    public void noneUnencrypted() {
        for (ExaminedMessage sent : message.outbox()) {
            assertThat(sent.enveloped()).as("a message sent as %s", sent.mimeType()).isTrue();
        }
    }

    /** The message's To header, addresses compared ignoring case. */
    @Then("the message went to exactly {addresses}")
    public void wentTo(List<String> expected) {
        assertThat(lower(message.sentTo())).as("the To header of the message sent").containsExactlyInAnyOrderElementsOf(lower(expected));
    }

    private static List<String> lower(List<String> addresses) {
        return addresses.stream().map(address -> address.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
