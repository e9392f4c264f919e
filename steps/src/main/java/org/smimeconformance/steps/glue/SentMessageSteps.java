package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.assertj.core.api.SoftAssertions;
import org.smimeconformance.fakes.mail.ExaminedMessage;
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
        clearSigned(message.examined(composed), certificate);
    }

    @Then("{composed} is not opaque-signed")
    public void notOpaque(Action composed) {
        ExaminedMessage examined = message.examined(composed);
        assertThat(examined.mimeType()).as("the Content-Type of %s", composed).isNotEqualTo("application/pkcs7-mime");
        assertThat(examined.opaqueSigned()).as("opaque-signed").isFalse();
    }

    @Then("the micalg of {composed} is {word}")
    public void micalg(Action composed, String expected) {
        assertThat(message.examined(composed).parameter("micalg")).as("the micalg parameter").contains(expected);
    }

    @Then("the signature of {composed} carries the certificate of {ca}")
    public void carries(Action composed, String ca) {
        assertThat(message.examined(composed).signature().carried()).as("the certificates the signature carries")
                .contains(message.certificate(ca));
    }

    @Then("the signed text of {composed} is the text {person} wrote")
    public void signedText(Action composed, String person) {
        assertThat(message.examined(composed).signature().text().map(ComposedMessage::normalised))
                .as("the signed text").contains(ComposedMessage.normalised(ComposedMessage.TEXT));
    }

    @Then("{composed} is neither signed nor encrypted and holds the text {person} wrote")
    public void plain(Action composed, String person) {
        ExaminedMessage examined = message.examined(composed);
        assertThat(examined.mimeType()).as("the Content-Type").isEqualTo("text/plain");
        assertThat(examined.text().map(ComposedMessage::normalised)).contains(ComposedMessage.normalised(ComposedMessage.TEXT));
    }

    /** application/pkcs7-mime; smime-type=enveloped-data, content encrypted with AES, one recipient info per certificate. */
    @Then("{composed} is encrypted with AES for exactly:")
    public void encryptedFor(Action composed, List<String> certificates) {
        ExaminedMessage examined = message.examined(composed);
        assertThat(examined.enveloped()).as("enveloped-data: %s", examined.mimeType()).isTrue();
        ExaminedMessage.Envelope envelope = examined.envelope();
        assertThat(envelope.contentEncryption()).as("the content encryption").startsWith("AES-");
        assertThat(envelope.recipients().stream().map(message::nameOf).toList()).as("the recipient infos")
                .containsExactlyInAnyOrderElementsOf(certificates);
    }

    @Then("decrypted with the private key of {certificate}, {composed} is clear-signed with {certificate}")
    public void decryptedClearSigned(String key, Action composed, String signer) {
        clearSigned(message.decryptedWith(composed, key), signer);
    }

    @Then("decrypted with the private key of {certificate}, {composed} holds the text {person} wrote")
    public void decryptedText(String key, Action composed, String person) {
        ExaminedMessage inside = message.decryptedWith(composed, key);
        String text = inside.clearSigned() ? inside.signature().text().orElse("") : inside.text().orElse("");
        assertThat(ComposedMessage.normalised(text)).as("the decrypted text")
                .isEqualTo(ComposedMessage.normalised(ComposedMessage.TEXT));
    }

    private void clearSigned(ExaminedMessage examined, String certificate) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(examined.mimeType()).as("the Content-Type").isEqualTo("multipart/signed");
        softly.assertThat(examined.parameter("protocol")).as("the protocol parameter")
                .hasValueSatisfying(p -> assertThat(p).isEqualToIgnoringCase("application/pkcs7-signature"));
        softly.assertThat(examined.clearSigned()).as("a second part holding the application/pkcs7-signature").isTrue();
        softly.assertAll();
        ExaminedMessage.Signature signature = examined.signature();
        softly.assertThat(signature.verifies()).as("the signature verifies").isTrue();
        softly.assertThat(signature.signer().map(message::nameOf)).as("the signer").contains(certificate);
        softly.assertThat(examined.parameter("micalg")).as("the micalg parameter names the signature's digest")
                .contains(signature.digest());
        softly.assertAll();
    }
}
