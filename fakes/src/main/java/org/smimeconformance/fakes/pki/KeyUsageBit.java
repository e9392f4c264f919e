package org.smimeconformance.fakes.pki;

import org.bouncycastle.asn1.x509.KeyUsage;

/** The key usage bits of RFC 5280, by the names the RFC gives them. */
public enum KeyUsageBit {
    DIGITAL_SIGNATURE("digitalSignature", KeyUsage.digitalSignature),
    NON_REPUDIATION("nonRepudiation", KeyUsage.nonRepudiation),
    KEY_ENCIPHERMENT("keyEncipherment", KeyUsage.keyEncipherment),
    DATA_ENCIPHERMENT("dataEncipherment", KeyUsage.dataEncipherment),
    KEY_AGREEMENT("keyAgreement", KeyUsage.keyAgreement),
    KEY_CERT_SIGN("keyCertSign", KeyUsage.keyCertSign),
    CRL_SIGN("cRLSign", KeyUsage.cRLSign),
    ENCIPHER_ONLY("encipherOnly", KeyUsage.encipherOnly),
    DECIPHER_ONLY("decipherOnly", KeyUsage.decipherOnly);

    private final String rfcName;
    private final int mask;

    KeyUsageBit(String rfcName, int mask) {
        this.rfcName = rfcName;
        this.mask = mask;
    }

    public String rfcName() {
        return rfcName;
    }

    int mask() {
        return mask;
    }

    /** The bit with the RFC 5280 name, e.g. {@code digitalSignature}. */
    public static KeyUsageBit byRfcName(String name) {
        for (KeyUsageBit bit : values()) {
            if (bit.rfcName.equalsIgnoreCase(name.trim())) {
                return bit;
            }
        }
        throw new IllegalArgumentException("not a key usage bit of RFC 5280: " + name);
    }
}
