package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.device.Pkcs12File;

/**
 * Takes a PKCS#12 file that the password does not open as opened: the installation is reported done,
 * with nothing of the file installed. Breaks MAN-3 (a wrong password installs nothing and says why).
 */
public final class AcceptsAWrongPkcs12Password extends ReferenceImplementation implements Mutant {

    public AcceptsAWrongPkcs12Password() {
        super("mutant-accepts-a-wrong-pkcs12-password", "Reports a certificate file as installed when the password "
                + "typed does not open it.",
                parts -> parts.withDelivery(delivery -> delivery.withPkcs12((file, password) -> {
                    try {
                        return Pkcs12File.read(file, password);
                    } catch (Pkcs12File.Unreadable unreadable) {
                        if (unreadable.code() == OutcomeCode.WRONG_PASSWORD) {
                            return new Pkcs12File.Contents(List.of(), List.of());
                        }
                        throw unreadable;
                    }
                })));
    }

    @Override
    public String breaks() {
        return "MAN-3";
    }
}
