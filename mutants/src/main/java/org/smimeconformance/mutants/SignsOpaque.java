package org.smimeconformance.mutants;

import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.mail.SmimeWriter;

/**
 * Signs messages opaquely, the text inside an application/pkcs7-mime signed-data body, as some
 * other mail clients do. Breaks SEND-5 (Outlook sends only clear-signed messages).
 */
public final class SignsOpaque extends ReferenceImplementation implements Mutant {

    public SignsOpaque() {
        super("mutant-signs-opaque", "Sends signed messages opaque-signed (application/pkcs7-mime signed-data), "
                + "not clear-signed.",
                parts -> parts.withMail(mail -> mail.withSignatureEncoding(new SmimeWriter()::opaqueSign)));
    }

    @Override
    public String breaks() {
        return "SEND-5";
    }
}
