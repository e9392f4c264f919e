package org.smimeconformance.steps.glue;

import java.util.List;

import io.cucumber.java.en.Given;
import org.smimeconformance.steps.world.ReceivedMessage;

/** The message someone sent the user, as another mail client made it. */
public final class ReceivedMessageSteps {

    private final ReceivedMessage message;

    public ReceivedMessageSteps(ReceivedMessage message) {
        this.message = message;
    }

    @Given("{address} sent {address} a plain message")
    public void plain(String from, String to) {
        message.plain(from, to);
    }

    @Given("{address} sent {address} a message clear-signed with {certificate}")
    public void clearSigned(String from, String to, String certificate) {
        message.clearSigned(from, to, certificate);
    }

    @Given("{address} sent {address} a message opaque-signed with {certificate}")
    public void opaqueSigned(String from, String to, String certificate) {
        message.opaqueSigned(from, to, certificate);
    }

    @Given("{address} sent {address} a message encrypted to {certificates}")
    public void encrypted(String from, String to, List<String> certificates) {
        message.encrypted(from, to, certificates);
    }

    @Given("{address} sent {address} a message signed with {certificate} and encrypted to {certificates}")
    public void signedAndEncrypted(String from, String to, String signer, List<String> certificates) {
        message.signedAndEncrypted(from, to, signer, certificates);
    }

    @Given("the message was altered after it was signed")
    public void altered() {
        message.alterAfterSigning();
    }
}
