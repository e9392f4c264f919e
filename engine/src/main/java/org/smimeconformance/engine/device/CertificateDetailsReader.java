package org.smimeconformance.engine.device;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.engine.identity.CertificateAddress;
import org.smimeconformance.engine.identity.CertificateAddresses;
import org.smimeconformance.engine.identity.KeyPurposes;
import org.smimeconformance.engine.trust.CertificateFields;

/**
 * The details view of an installed certificate (CLIENT-4), all read from the certificate: subject and
 * issuer (RFC 4514), the mail addresses it carries (SAN values in extension order, then the subject's
 * emailAddress, each value once), key usage by RFC 5280 names, extended key usage by name where known
 * else the OID, the validity period and the serial number (upper-case hexadecimal). Stateless; all
 * methods are static.
 */
public final class CertificateDetailsReader {

    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    /** The extended key usages the details view shows by name (CLIENT-4); any other by its OID. */
    private static final Map<String, String> EXTENDED_KEY_USAGE_NAMES = Stream.of(KeyPurposeId.id_kp_emailProtection,
                    KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_codeSigning,
                    KeyPurposeId.anyExtendedKeyUsage)
            .collect(Collectors.toUnmodifiableMap(KeyPurposeId::getId, KeyPurposes::name));

    private CertificateDetailsReader() {
    }

    public static CertificateDetails read(X509Certificate certificate) {
        Set<String> addresses = new LinkedHashSet<>();
        for (CertificateAddress address : CertificateAddresses.of(certificate)) {
            addresses.add(address.address());
        }
        return new CertificateDetails(CertificateFields.subject(certificate), CertificateFields.issuer(certificate),
                List.copyOf(addresses), keyUsage(certificate), extendedKeyUsage(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                CertificateFields.serial(certificate));
    }

    /** The key usage bits set, by their RFC 5280 names; empty without the extension. */
    public static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
                if (bits[i]) {
                    names.add(KEY_USAGE_NAMES[i]);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The extended key usages by name where known, else the OID; empty without the extension. */
    public static List<String> extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> oids = certificate.getExtendedKeyUsage();
            return oids == null ? List.of()
                    : oids.stream().map(oid -> EXTENDED_KEY_USAGE_NAMES.getOrDefault(oid, oid)).toList();
        } catch (CertificateParsingException unreadable) {
            return List.of();
        }
    }
}
