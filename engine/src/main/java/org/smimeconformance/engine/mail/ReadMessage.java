package org.smimeconformance.engine.mail;

import java.util.List;
import java.util.Optional;

/**
 * A received message as read, before any judgement about trust.
 *
 * @param form           what kind of S/MIME message it is
 * @param from           the From address, empty when there is none
 * @param signature      the signature check, when the message is (or, once decrypted, turned out) signed
 * @param text           the text of the message, when it could be read
 * @param decryptionFailure why an encrypted message could not be decrypted, empty otherwise
 * @param recipientSerials the serial numbers (hexadecimal) of the certificates it was encrypted to
 */
public record ReadMessage(MessageForm form, Optional<String> from, Optional<SignatureCheck> signature,
                          Optional<String> text, Optional<String> decryptionFailure, List<String> recipientSerials) {

    public ReadMessage {
        recipientSerials = List.copyOf(recipientSerials);
    }
}
