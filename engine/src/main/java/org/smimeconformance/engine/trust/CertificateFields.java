package org.smimeconformance.engine.trust;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * What trust verification reads from a certificate beyond what the JDK offers: its names for
 * people, key identifiers, CRL distribution points and AIA caIssuers addresses. A malformed
 * extension reads as absent. Stateless; all methods are static.
 */
public final class CertificateFields {

    private CertificateFields() {
    }

    /** The subject as an RFC 4514 string. */
    public static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** The issuer as an RFC 4514 string. */
    public static String issuer(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    /** The serial number in hexadecimal, upper case. */
    public static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    /** The subject key identifier, when present. */
    public static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        return read(certificate, Extension.subjectKeyIdentifier,
                value -> SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
    }

    /** The key identifier of the authority key identifier, when present. */
    public static Optional<byte[]> authorityKeyId(X509Certificate certificate) {
        return read(certificate, Extension.authorityKeyIdentifier,
                value -> AuthorityKeyIdentifier.getInstance(value).getKeyIdentifier());
    }

    /** True when subject and issuer are the same name and the key identifiers (if both present) agree. */
    public static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        Optional<byte[]> ski = subjectKeyId(certificate);
        Optional<byte[]> aki = authorityKeyId(certificate);
        return ski.isEmpty() || aki.isEmpty() || Arrays.equals(ski.get(), aki.get());
    }

    /** The same certificate for trust purposes: same subject and same public key. */
    public static boolean sameEntity(X509Certificate a, X509Certificate b) {
        return a.getSubjectX500Principal().equals(b.getSubjectX500Principal())
                && Arrays.equals(a.getPublicKey().getEncoded(), b.getPublicKey().getEncoded());
    }

    /** The http and https fullName URIs of the CRL distribution points, in certificate order. */
    public static List<URI> crlDistributionPoints(X509Certificate certificate) {
        return read(certificate, Extension.cRLDistributionPoints, value -> {
            List<URI> uris = new ArrayList<>();
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    addHttpUris(GeneralNames.getInstance(name.getName()).getNames(), uris);
                }
            }
            return List.copyOf(uris);
        }).orElse(List.of());
    }

    /**
     * The cRLIssuer names of the CRL distribution points (the authorities that sign the CRLs of an
     * indirect CRL issuer), the directory names only, in certificate order.
     */
    public static List<X500Principal> crlIssuers(X509Certificate certificate) {
        return read(certificate, Extension.cRLDistributionPoints, value -> {
            List<X500Principal> names = new ArrayList<>();
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                if (point.getCRLIssuer() == null) {
                    continue;
                }
                for (GeneralName name : point.getCRLIssuer().getNames()) {
                    if (name.getTagNo() == GeneralName.directoryName) {
                        try {
                            names.add(new X500Principal(name.getName().toASN1Primitive().getEncoded()));
                        } catch (IOException | RuntimeException unusable) {
                            // a name that cannot be read names nobody
                        }
                    }
                }
            }
            return List.copyOf(names);
        }).orElse(List.of());
    }

    /** The http and https AIA caIssuers URIs, in certificate order. */
    public static List<URI> caIssuers(X509Certificate certificate) {
        return read(certificate, Extension.authorityInfoAccess, value -> {
            List<URI> uris = new ArrayList<>();
            for (AccessDescription description : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                if (AccessDescription.id_ad_caIssuers.equals(description.getAccessMethod())) {
                    addHttpUris(new GeneralName[] {description.getAccessLocation()}, uris);
                }
            }
            return List.copyOf(uris);
        }).orElse(List.of());
    }

    private static void addHttpUris(GeneralName[] names, List<URI> uris) {
        for (GeneralName name : names) {
            if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
                continue;
            }
            try {
                URI uri = new URI(ASN1IA5String.getInstance(name.getName()).getString());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    uris.add(uri);
                }
            } catch (URISyntaxException | RuntimeException unusable) {
                // an address that cannot be used is no address
            }
        }
    }

    private static <T> Optional<T> read(X509Certificate certificate, ASN1ObjectIdentifier oid,
                                        Function<Object, T> reading) {
        byte[] value = certificate.getExtensionValue(oid.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reading.apply(JcaX509ExtensionUtils.parseExtensionValue(value)));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
