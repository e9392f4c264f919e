package org.smimeconformance.engine.identity;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Date;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;

/** Certificates the fake PKI does not mint on purpose, built here with Bouncy Castle. */
final class OddCertificates {

    private OddCertificates() {
    }

    /** A certificate whose only SAN is an otherName of type SmtpUTF8Mailbox holding {@code value}. */
    static IssuedCertificate withOtherName(IssuedCertificate issuer, ASN1Encodable value) throws Exception {
        KeyPair keys = KeyPool.shared().key(KeyAlgorithm.EC_P256, 31);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), BigInteger.TEN,
                Date.from(UserCertificates.NOW.minus(UserCertificates.DAY)),
                Date.from(UserCertificates.NOW.plus(UserCertificates.YEAR)), new X500Name("CN=Odd"), keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(
                GeneralName.otherName, new DERSequence(new ASN1Encodable[] {
                        new ASN1ObjectIdentifier(CertificateAddresses.SMTP_UTF8_MAILBOX), new DERTaggedObject(true, 0, value)}))));
        return new IssuedCertificate("odd", new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.keyPair().getPrivate()))), keys);
    }
}
