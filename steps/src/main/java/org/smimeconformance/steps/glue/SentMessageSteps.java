package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.smimeconformance.steps.world.ClearSignature;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.ComposedMessage.Action;

/**
 * What the message Outlook sent (or the draft it saved) is, judged by the fakes' own S/MIME reader:
 * clear-signed or not, by whom, encrypted for whom, and what it holds once decrypted.
 */
public final class SentMessageSteps {

    private final ComposedMessage message;

    public SentMessageSteps(ComposedMessage message) {
        this.message = message;
    }

    /**
     * multipart/signed, protocol application/pkcs7-signature, the signature in the second part, a
     * micalg naming the signature's digest, the signature verifying with the certificate's key.
     */
    @Then("{composed} is clear-signed with {certificate}")
    public void clearSigned(Action composed, String certificate) {
        assertThat(message.clearSignature(composed)).as("%s, as a clear-signed message", composed).isEqualTo(ClearSignature.by(certificate));
    }

    @Then("{composed} is not opaque-signed")
    public void notOpaque(Action composed) {
        assertThat(message.examined(composed).mimeType()).as("the Content-Type of %s", composed).isNotEqualTo("application/pkcs7-mime");
        assertThat(message.examined(composed).opaqueSigned()).as("opaque-signed").isFalse();
    }

    @Then("the micalg of {composed} is {word}")
    public void micalg(Action composed, String expected) {
        assertThat(message.examined(composed).parameter("micalg")).as("the micalg parameter").contains(expected);
    }

    @Then("the signature of {composed} carries the certificate of {ca}")
    public void carries(Action composed, String ca) {
        assertThat(message.carriedBySignature(composed)).as("the certificates the signature carries").contains(ca);
    }

    @Then("the signed text of {composed} is the text {person} wrote")
    public void signedText(Action composed, String person) {
        assertThat(message.signedText(composed)).as("the signed text").contains(message.textWritten());
    }

    @Then("{composed} is neither signed nor encrypted and holds the text {person} wrote")
    public void plain(Action composed, String person) {
        assertThat(message.examined(composed).mimeType()).as("the Content-Type").isEqualTo("text/plain");
        assertThat(message.text(composed)).as("the text").contains(message.textWritten());
    }

    /** application/pkcs7-mime; smime-type=enveloped-data, content encrypted with AES, one recipient info per certificate. */
    @Then("{composed} is encrypted with AES for exactly:")
    public void encryptedFor(Action composed, List<String> certificates) {
        assertThat(message.examined(composed).enveloped()).as("enveloped-data: %s", message.examined(composed).mimeType()).isTrue();
        assertThat(message.contentEncryption(composed)).as("the content encryption").startsWith("AES-");
        assertThat(message.recipientInfos(composed)).as("the recipient infos").containsExactlyInAnyOrderElementsOf(certificates);
    }

    @Then("decrypted with the private key of {certificate}, {composed} is clear-signed with {certificate}")
    public void decryptedClearSigned(String key, Action composed, String signer) {
        assertThat(message.clearSignatureDecryptedWith(composed, key)).as("%s decrypted, as a clear-signed message", composed)
                .isEqualTo(ClearSignature.by(signer));
    }

    @Then("decrypted with the private key of {certificate}, {composed} holds the text {person} wrote")
    public void decryptedText(String key, Action composed, String person) {
        assertThat(message.decryptedText(composed, key)).as("the decrypted text").isEqualTo(message.textWritten());
    }
}
