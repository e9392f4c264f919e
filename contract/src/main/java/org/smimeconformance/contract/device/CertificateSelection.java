package org.smimeconformance.contract.device;

import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * The certificate the app picked for an account and purpose (ADDR-2), or why none was.
 *
 * @param outcome     success, or e.g. that a certificate is not available (ADDR-3)
 * @param certificate the chosen certificate, when one was
 */
public record CertificateSelection(Outcome outcome, Optional<InstalledCertificate> certificate) {
}
