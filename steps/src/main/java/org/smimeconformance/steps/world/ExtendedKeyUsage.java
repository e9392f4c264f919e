package org.smimeconformance.steps.world;

import org.smimeconformance.fakes.pki.CertificateSpec;

/** The extended key usages a scenario may name, by the names RFC 5280 gives them. */
public enum ExtendedKeyUsage {

    SERVER_AUTH("serverAuth", "1.3.6.1.5.5.7.3.1"),
    CLIENT_AUTH("clientAuth", "1.3.6.1.5.5.7.3.2"),
    CODE_SIGNING("codeSigning", "1.3.6.1.5.5.7.3.3"),
    EMAIL_PROTECTION("emailProtection", CertificateSpec.EMAIL_PROTECTION),
    TIME_STAMPING("timeStamping", "1.3.6.1.5.5.7.3.8"),
    OCSP_SIGNING("OCSPSigning", "1.3.6.1.5.5.7.3.9"),
    ANY("anyExtendedKeyUsage", "2.5.29.37.0");

    private final String rfcName;
    private final String oid;

    ExtendedKeyUsage(String rfcName, String oid) {
        this.rfcName = rfcName;
        this.oid = oid;
    }

    public String rfcName() {
        return rfcName;
    }

    public String oid() {
        return oid;
    }

    /** The OID of an extended key usage given by its RFC 5280 name, or an OID as written. */
    public static String oidOf(String nameOrOid) {
        String written = nameOrOid.strip();
        if (written.matches("\\d+(\\.\\d+)+")) {
            return written;
        }
        return Words.EXTENDED_KEY_USAGES.valueOf(written).oid;
    }
}
