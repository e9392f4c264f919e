package org.smimeconformance.fakes.pki;

import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/**
 * A minted certificate with its key pair. Immutable.
 *
 * @param name        the scenario's name for it (a CA's common name, a leaf's address)
 * @param certificate the certificate
 * @param keyPair     its key pair, private key included
 */
public record IssuedCertificate(String name, X509Certificate certificate, KeyPair keyPair) {

    /** The certificate, DER. */
    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a minted certificate cannot be encoded", e);
        }
    }

    /** The certificate, PEM. */
    public String pem() {
        return Pem.encode("CERTIFICATE", der());
    }

    public java.math.BigInteger serialNumber() {
        return certificate.getSerialNumber();
    }
}
