package org.smimeconformance.fakes.intune;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Date;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Reads the PKCS#10 certificate requests devices send and issues certificates for them: the key
 * in the request, the user's address, and nothing else the request asks for (as an SCEP
 * certificate profile decides the subject and the key usage, not the device). Stateless and
 * thread-safe.
 */
final class CertificateRequests {

    /** What an issued certificate is for. */
    enum Use { SIGNING, ENCRYPTION }

    /** A request that cannot be honoured, with the reason for the answer. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final SecureRandom SERIALS = new SecureRandom();

    private CertificateRequests() {
    }

    /**
     * The public key of a DER PKCS#10 request whose signature verifies with that very key (proof
     * that the device holds the private key).
     */
    static PublicKey publicKeyOf(byte[] der) throws Refused {
        try {
            JcaPKCS10CertificationRequest request = new JcaPKCS10CertificationRequest(new PKCS10CertificationRequest(der));
            PublicKey key = request.getPublicKey();
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new Refused("the certificate request is not signed by the key it carries", null);
            }
            return key;
        } catch (IOException | RuntimeException e) {
            throw new Refused("the body is not a DER PKCS#10 certificate request", e);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new Refused("the certificate request cannot be verified: " + e.getMessage(), e);
        }
    }

    /**
     * A certificate for {@code address} with the given key: subject CN=address, the address as SAN
     * rfc822Name, emailProtection, and for signing digitalSignature and nonRepudiation, for
     * encryption keyEncipherment (RSA) or keyAgreement (EC).
     */
    static X509Certificate issue(CertificateIssuer issuer, PublicKey key, String address, Use use) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X500Name issuerName = X500Name.getInstance(issuer.ca().certificate().getSubjectX500Principal().getEncoded());
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, address).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(63, SERIALS).add(BigInteger.ONE), Date.from(issuer.notBefore()),
                    Date.from(issuer.notAfter()), subject, key);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer.ca().keyPair().getPublic()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            int usage = use == Use.SIGNING ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                    : "EC".equals(key.getAlgorithm()) ? KeyUsage.keyAgreement : KeyUsage.keyEncipherment;
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.rfc822Name, address)));
            if (issuer.crlDistributionPoint().isPresent()) {
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(
                                GeneralName.uniformResourceIdentifier,
                                new DERIA5String(issuer.crlDistributionPoint().get().toString())))), null, null)}));
            }
            if (issuer.caIssuers().isPresent()) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(
                                GeneralName.uniformResourceIdentifier, issuer.caIssuers().get().toString()))));
            }
            String algorithm = "RSA".equals(issuer.ca().keyPair().getPrivate().getAlgorithm())
                    ? "SHA256withRSA" : "SHA256withECDSA";
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(algorithm)
                    .build(issuer.ca().keyPair().getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate for " + address, e);
        }
    }
}
