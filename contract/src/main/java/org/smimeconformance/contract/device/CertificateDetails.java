package org.smimeconformance.contract.device;

import java.time.Instant;
import java.util.List;

/**
 * What the app shows when the user inspects an installed certificate (CLIENT-4), as read from the
 * certificate itself.
 *
 * @param subject          RFC 4514 subject
 * @param issuer           RFC 4514 issuer
 * @param emailAddresses   SAN rfc822Name values and the subject emailAddress, in certificate order
 * @param keyUsage         key usage bits by their RFC 5280 names, e.g. {@code digitalSignature}
 * @param extendedKeyUsage extended key usage by name where known ({@code emailProtection}), else OID
 * @param notBefore        start of the validity period
 * @param notAfter         end of the validity period
 * @param serialNumber     serial number, hexadecimal
 */
public record CertificateDetails(String subject, String issuer, List<String> emailAddresses, List<String> keyUsage,
                                 List<String> extendedKeyUsage, Instant notBefore, Instant notAfter,
                                 String serialNumber) {

    public CertificateDetails {
        emailAddresses = List.copyOf(emailAddresses);
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
    }
}
