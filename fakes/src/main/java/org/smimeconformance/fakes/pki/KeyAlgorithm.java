package org.smimeconformance.fakes.pki;

/** The key types the fake PKI mints, with the signature algorithm each one signs with. */
public enum KeyAlgorithm {
    /** NIST P-256, signing with ECDSA over SHA-256. The default: fast to make and to use. */
    EC_P256("EC", "SHA256withECDSA"),
    /** RSA with a 2048-bit modulus, signing with PKCS#1 v1.5 over SHA-256. */
    RSA_2048("RSA", "SHA256withRSA");

    private final String keyType;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyType, String signatureAlgorithm) {
        this.keyType = keyType;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String keyType() {
        return keyType;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
