package org.smimeconformance.contract.device;

import java.util.Objects;

/**
 * A certificate in one of the device's stores.
 *
 * @param id            the implementation's handle for it, stable for the scenario
 * @param store         where it is
 * @param certificate   the certificate, DER
 * @param hasPrivateKey whether its private key is on the device
 */
public record InstalledCertificate(String id, CertificateStore store, byte[] certificate, boolean hasPrivateKey) {

    public InstalledCertificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(certificate, "certificate");
    }
}
