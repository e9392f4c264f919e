package org.smimeconformance.steps.world;

import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.smimeconformance.fakes.mail.ExaminedMessage;

/**
 * A message as the fakes' S/MIME reader finds it, in what makes it clear-signed: its Content-Type,
 * the protocol parameter (lower case, as it is compared ignoring case), a second part holding the
 * signature, the signature verifying with the key of the certificate it names, that signer as the
 * scenario names it, and a micalg parameter naming the signature's digest.
 */
public record ClearSignature(String mimeType, Optional<String> protocol, boolean signatureInSecondPart, boolean verifies,
                             Optional<String> signer, boolean micalgNamesTheDigest) {

    /** A message clear-signed with the named certificate: multipart/signed, application/pkcs7-signature, and so on. */
    public static ClearSignature by(String certificate) {
        return new ClearSignature("multipart/signed", Optional.of("application/pkcs7-signature"), true, true,
                Optional.of(certificate), true);
    }

    /** What the message is, its signer named by {@code names}; the signature is read only when there is one in the second part. */
    static ClearSignature of(ExaminedMessage message, Function<X509Certificate, String> names) {
        Optional<String> protocol = message.parameter("protocol").map(value -> value.toLowerCase(Locale.ROOT));
        if (!message.clearSigned()) {
            return new ClearSignature(message.mimeType(), protocol, false, false, Optional.empty(), false);
        }
        ExaminedMessage.Signature signature = message.signature();
        return new ClearSignature(message.mimeType(), protocol, true, signature.verifies(), signature.signer().map(names),
                message.parameter("micalg").filter(signature.digest()::equals).isPresent());
    }
}
