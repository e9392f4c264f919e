package org.smimeconformance.contract.device;

import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * What exporting a certificate with its private key gave (MAN-2, MAN-3).
 *
 * @param outcome {@code OK}, or why nothing was exported ({@code WEAK_PASSWORD},
 *                {@code UNKNOWN_CERTIFICATE}, {@code PRIVATE_KEY_MISSING})
 * @param pkcs12  the PKCS#12 file, protected by the password, when one was made
 */
public record Pkcs12Export(Outcome outcome, Optional<byte[]> pkcs12) {

    public Pkcs12Export {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(pkcs12, "pkcs12");
    }
}
