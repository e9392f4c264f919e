package org.smimeconformance.fakes.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyStore;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;

class PkiTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");

    private final Pki pki = new Pki(KeyPool.shared());

    @Test
    void a_chain_verifies_link_by_link() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA", FROM, UNTIL)
                .crlDistributionPoint(URI.create("http://127.0.0.1:1/crl/root.crl")), root);
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL)
                .subjectEmail("alice@contoso.com")
                .caIssuers(URI.create("http://127.0.0.1:1/aia/issuing.cer")), issuing);

        root.certificate().verify(root.certificate().getPublicKey());
        issuing.certificate().verify(root.certificate().getPublicKey());
        alice.certificate().verify(issuing.certificate().getPublicKey());

        X509Certificate leaf = alice.certificate();
        List<Object> sans = leaf.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)).toList();
        assertThat(sans).containsExactly("alice@contoso.com");
        assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=alice@contoso.com");
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(CertificateSpec.EMAIL_PROTECTION);
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(issuing.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(leaf.getNotAfter().toInstant()).isEqualTo(UNTIL);
        assertThat(alice.keyPair().getPublic()).isNotEqualTo(issuing.keyPair().getPublic());
    }

    @Test
    void a_broken_signature_does_not_verify() {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate leaf = pki.issue(CertificateSpec.smime("bob@contoso.com", FROM, UNTIL).brokenSignature(), root);

        assertThatThrownBy(() -> leaf.certificate().verify(root.certificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void a_crl_lists_revoked_serials_and_can_be_signed_by_the_wrong_key() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate leaf = pki.issue(CertificateSpec.smime("carol@contoso.com", FROM, UNTIL)
                .keyUsage(Set.of(KeyUsageBit.DIGITAL_SIGNATURE)).algorithm(KeyAlgorithm.RSA_2048), root);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");

        X509CRL good = (X509CRL) factory.generateCRL(new ByteArrayInputStream(pki.crl(root,
                new CrlSpec(FROM, UNTIL).revoke(leaf.serialNumber(), FROM, Pki.reasonCode("keyCompromise")))));
        X509CRL forged = (X509CRL) factory.generateCRL(new ByteArrayInputStream(pki.crl(root,
                new CrlSpec(FROM, UNTIL).signedByAnotherKey())));

        good.verify(root.certificate().getPublicKey());
        assertThat(good.isRevoked(leaf.certificate())).isTrue();
        assertThat(good.getRevokedCertificate(leaf.certificate()).getRevocationReason().name()).isEqualTo("KEY_COMPROMISE");
        assertThatThrownBy(() -> forged.verify(root.certificate().getPublicKey())).isInstanceOf(SignatureException.class);
        assertThat(leaf.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void reason_codes_are_those_of_rfc_5280_by_name_case_ignored() {
        assertThat(Pki.reasonCode("unspecified")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.unspecified);
        assertThat(Pki.reasonCode("keyCompromise")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
        assertThat(Pki.reasonCode("cACompromise")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.cACompromise);
        assertThat(Pki.reasonCode("affiliationChanged")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.affiliationChanged);
        assertThat(Pki.reasonCode("superseded")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.superseded);
        assertThat(Pki.reasonCode("cessationOfOperation")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.cessationOfOperation);
        assertThat(Pki.reasonCode("certificateHold")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.certificateHold);
        assertThat(Pki.reasonCode("removeFromCRL")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.removeFromCRL);
        assertThat(Pki.reasonCode("privilegeWithdrawn")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.privilegeWithdrawn);
        assertThat(Pki.reasonCode("aACompromise")).isEqualTo(org.bouncycastle.asn1.x509.CRLReason.aACompromise);
        assertThat(Pki.reasonCode(" KEY_COMPROMISE ")).isEqualTo(1);
        assertThat(Pki.reasonCode("cacompromise")).isEqualTo(2);
        assertThatThrownBy(() -> Pki.reasonCode("unused")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pki.reasonCode("stolen")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a CRL reason of RFC 5280: stolen");
    }

    @Test
    void a_certs_only_bundle_carries_every_certificate() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Issuing", FROM, UNTIL), root);

        byte[] bundle = Pki.certsOnly(List.of(issuing.certificate(), root.certificate()));
        List<java.security.cert.Certificate> read = List.copyOf(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bundle)));

        assertThat(read).hasSize(2).contains(issuing.certificate(), root.certificate());
    }

    @Test
    void a_pkcs12_file_carries_the_certificate_its_private_key_and_its_chain() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL)
                .algorithm(KeyAlgorithm.RSA_2048), root);

        byte[] file = Pki.pkcs12(alice, List.of(root.certificate()), "Str0ng&Secret".toCharArray());

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file), "Str0ng&Secret".toCharArray());
        assertThat(Collections.list(store.aliases())).containsExactly("alice@contoso.com");
        assertThat(store.getCertificate("alice@contoso.com")).isEqualTo(alice.certificate());
        assertThat(store.getKey("alice@contoso.com", "Str0ng&Secret".toCharArray()))
                .isEqualTo(alice.keyPair().getPrivate());
        assertThat(store.getCertificateChain("alice@contoso.com")).containsExactly(alice.certificate(), root.certificate());
    }

    @Test
    void a_pkcs12_file_does_not_open_with_another_password() {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), root);
        byte[] file = Pki.pkcs12(alice, "Str0ng&Secret".toCharArray());

        assertThatThrownBy(() -> KeyStore.getInstance("PKCS12")
                .load(new ByteArrayInputStream(file), "guess".toCharArray()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_pkcs12_file_protected_by_an_empty_password_opens_with_it() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), root);

        byte[] file = Pki.pkcs12(alice, new char[0]);

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file), new char[0]);
        assertThat(store.getKey("alice@contoso.com", new char[0])).isEqualTo(alice.keyPair().getPrivate());
    }

    @Test
    void the_same_declaration_gives_the_same_certificate_and_another_declaration_another_serial_number() {
        Pki first = new Pki(KeyPool.shared());
        Pki second = new Pki(KeyPool.shared());
        IssuedCertificate root = first.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL));
        IssuedCertificate again = second.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL));
        IssuedCertificate alice = first.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), root);
        IssuedCertificate bob = first.issue(CertificateSpec.smime("bob@contoso.com", FROM, UNTIL), root);
        IssuedCertificate later = second.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL.plusSeconds(1)));

        assertThat(again.der()).isEqualTo(root.der());
        CrlSpec current = new CrlSpec(FROM, FROM.plusSeconds(7 * 86_400));
        assertThat(second.crl(again, current)).isEqualTo(first.crl(root, current));
        assertThat(List.of(alice.serialNumber(), bob.serialNumber(), later.serialNumber()))
                .doesNotHaveDuplicates()
                .doesNotContain(root.serialNumber())
                .allSatisfy(serial -> assertThat(serial.signum()).isPositive());
    }

    @Test
    void an_internationalised_address_is_a_smtp_utf8_mailbox_other_name() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate zoe = pki.issue(CertificateSpec.endEntity("Zoë", FROM, UNTIL)
                .sanEmails(List.of("zoe@contoso.com"))
                .smtpUtf8Mailboxes(List.of("zoë@müller.contoso.com")), root);

        GeneralName[] names = GeneralNames.fromExtensions(
                new JcaX509CertificateHolder(zoe.certificate()).getExtensions(), Extension.subjectAlternativeName).getNames();
        assertThat(names).extracting(GeneralName::getTagNo).containsExactly(GeneralName.rfc822Name, GeneralName.otherName);
        OtherName otherName = OtherName.getInstance(names[1].getName());
        assertThat(otherName.getTypeID()).isEqualTo(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.9"));
        assertThat(DERUTF8String.getInstance(otherName.getValue()).getString()).isEqualTo("zoë@müller.contoso.com");
        assertThat(zoe.certificate().getSubjectAlternativeNames()).hasSize(2);
    }

    @Test
    void a_certificate_may_carry_its_address_only_in_the_subject() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate dave = pki.issue(CertificateSpec.smimeBySubjectEmail("dave@contoso.com", FROM, UNTIL), root);

        assertThat(dave.certificate().getSubjectAlternativeNames()).isNull();
        assertThat(dave.certificate().getSubjectX500Principal())
                .isEqualTo(new X500Principal("EMAILADDRESS=dave@contoso.com,CN=dave@contoso.com,O=Contoso"));
    }

    @Test
    void a_serial_number_and_every_key_usage_bit_can_be_chosen() {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate erin = pki.issue(CertificateSpec.smime("erin@contoso.com", FROM, UNTIL)
                .serialNumber(new BigInteger("1A2B3C", 16))
                .keyUsage(Set.of(KeyUsageBit.KEY_AGREEMENT, KeyUsageBit.ENCIPHER_ONLY, KeyUsageBit.DECIPHER_ONLY)), root);

        assertThat(erin.serialNumber()).isEqualTo(new BigInteger("1A2B3C", 16));
        boolean[] bits = erin.certificate().getKeyUsage();
        assertThat(bits[4]).as("keyAgreement").isTrue();
        assertThat(bits[7]).as("encipherOnly").isTrue();
        assertThat(bits[8]).as("decipherOnly").isTrue();
        assertThat(bits[0]).as("digitalSignature").isFalse();
        assertThatThrownBy(() -> CertificateSpec.smime("x@contoso.com", FROM, UNTIL).serialNumber(BigInteger.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_crl_may_carry_an_issuing_distribution_point_that_limits_its_scope() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        URI published = URI.create("http://127.0.0.1:1/crl/root-users.crl");

        X509CRL crl = read(pki.crl(root, new CrlSpec(FROM, UNTIL).distributionPointName(published)
                .onlyContainsUserCerts().onlySomeReasons(Set.of(ReasonFlag.KEY_COMPROMISE, ReasonFlag.CA_COMPROMISE))));

        assertThat(crl.getCriticalExtensionOIDs()).contains(Extension.issuingDistributionPoint.getId());
        IssuingDistributionPoint idp = IssuingDistributionPoint.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(crl.getExtensionValue(Extension.issuingDistributionPoint.getId())));
        assertThat(idp.onlyContainsUserCerts()).isTrue();
        assertThat(idp.onlyContainsCACerts()).isFalse();
        assertThat(idp.onlyContainsAttributeCerts()).isFalse();
        assertThat(idp.isIndirectCRL()).isFalse();
        assertThat(idp.getOnlySomeReasons().intValue())
                .isEqualTo(ReasonFlags.keyCompromise | ReasonFlags.cACompromise);
        assertThat(GeneralNames.getInstance(idp.getDistributionPoint().getName()).getNames()[0].getName().toString())
                .isEqualTo(published.toString());

        IssuingDistributionPoint others = IssuingDistributionPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                read(pki.crl(root, new CrlSpec(FROM, UNTIL).onlyContainsCaCerts().indirect()))
                        .getExtensionValue(Extension.issuingDistributionPoint.getId())));
        IssuingDistributionPoint attributes = IssuingDistributionPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                read(pki.crl(root, new CrlSpec(FROM, UNTIL).onlyContainsAttributeCerts()))
                        .getExtensionValue(Extension.issuingDistributionPoint.getId())));
        assertThat(others.onlyContainsCACerts()).isTrue();
        assertThat(attributes.onlyContainsAttributeCerts()).isTrue();
        assertThat(others.isIndirectCRL()).isTrue();
        assertThat(others.getDistributionPoint()).isNull();
        assertThat(read(pki.crl(root, new CrlSpec(FROM, UNTIL))).getExtensionValue(
                Extension.issuingDistributionPoint.getId())).isNull();
    }

    @Test
    void an_indirect_crl_names_the_issuer_of_its_entries_and_an_entry_may_carry_an_unknown_critical_extension()
            throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Issuing", FROM, UNTIL), root);
        IssuedCertificate crlIssuer = pki.issue(CertificateSpec.authority("CRL Issuer", FROM, UNTIL)
                .keyUsage(Set.of(KeyUsageBit.CRL_SIGN)), root);
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), issuing);

        X509CRL crl = read(pki.crl(crlIssuer, new CrlSpec(FROM, UNTIL).indirect()
                .revoke(new CrlSpec.Entry(alice.serialNumber(), FROM, Pki.reasonCode("keyCompromise"))
                        .issuedBy(issuing.certificate().getSubjectX500Principal()).withUnknownCriticalExtension())));

        X509CRLEntry entry = crl.getRevokedCertificate(alice.certificate());
        assertThat(entry).isNotNull();
        assertThat(entry.getCertificateIssuer()).isEqualTo(issuing.certificate().getSubjectX500Principal());
        assertThat(entry.getCriticalExtensionOIDs()).containsExactlyInAnyOrder(Extension.certificateIssuer.getId(),
                CrlSpec.UNKNOWN_EXTENSION);
        assertThat(entry.getNonCriticalExtensionOIDs()).containsExactly(Extension.reasonCode.getId());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(crlIssuer.certificate().getSubjectX500Principal());
        crl.verify(crlIssuer.certificate().getPublicKey());
    }

    @Test
    void a_crl_may_be_a_delta_name_its_deltas_carry_an_unknown_critical_extension_or_lack_a_next_update()
            throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        URI deltas = URI.create("http://127.0.0.1:1/crl/root-delta.crl");

        X509CRL delta = read(pki.crl(root, new CrlSpec(FROM, UNTIL).crlNumber(BigInteger.valueOf(8))
                .deltaOf(BigInteger.valueOf(7))));
        X509CRL base = read(pki.crl(root, new CrlSpec(FROM, UNTIL).crlNumber(BigInteger.valueOf(7)).freshestCrl(deltas)));
        X509CRL odd = read(pki.crl(root, new CrlSpec(FROM, UNTIL).unknownCriticalExtension().withoutNextUpdate()));

        assertThat(delta.getCriticalExtensionOIDs()).containsExactly(Extension.deltaCRLIndicator.getId());
        assertThat(CRLNumber.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                delta.getExtensionValue(Extension.deltaCRLIndicator.getId()))).getCRLNumber()).isEqualTo(7);
        assertThat(CRLNumber.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                delta.getExtensionValue(Extension.cRLNumber.getId()))).getCRLNumber()).isEqualTo(8);
        assertThat(base.getNonCriticalExtensionOIDs()).contains(Extension.freshestCRL.getId());
        assertThat(base.getCriticalExtensionOIDs()).isNullOrEmpty();
        assertThat(odd.getCriticalExtensionOIDs()).containsExactly(CrlSpec.UNKNOWN_EXTENSION);
        assertThat(odd.getNextUpdate()).isNull();
    }

    @Test
    void a_crl_may_be_signed_by_another_certificate_of_the_ca_under_the_ca_name() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Issuing", FROM, UNTIL), root);
        IssuedCertificate crlSigning = pki.issue(CertificateSpec.authority("Issuing", FROM, UNTIL)
                .keyUsage(Set.of(KeyUsageBit.CRL_SIGN)), root);

        X509CRL crl = read(pki.crl(issuing, new CrlSpec(FROM, UNTIL).signedBy(crlSigning)));

        assertThat(crlSigning.certificate().getSubjectX500Principal())
                .isEqualTo(issuing.certificate().getSubjectX500Principal());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(issuing.certificate().getSubjectX500Principal());
        crl.verify(crlSigning.certificate().getPublicKey());
        assertThatThrownBy(() -> crl.verify(issuing.certificate().getPublicKey())).isInstanceOf(SignatureException.class);
        byte[] keyId = AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                crl.getExtensionValue(Extension.authorityKeyIdentifier.getId()))).getKeyIdentifier();
        assertThat(keyId).isEqualTo(SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                crlSigning.certificate().getExtensionValue(Extension.subjectKeyIdentifier.getId()))).getKeyIdentifier());
    }

    @Test
    void a_certificate_may_limit_its_distribution_points_name_a_crl_issuer_its_deltas_and_an_unknown_critical_extension()
            throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        X500Principal crlIssuer = new X500Principal("CN=CRL Issuer,O=Contoso");
        URI first = URI.create("http://127.0.0.1:1/crl/compromise.crl");
        URI second = URI.create("http://127.0.0.1:1/crl/indirect.crl");
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL)
                .crlDistributionPoint(CrlDistributionPoint.at(first).reasons(Set.of(ReasonFlag.KEY_COMPROMISE)))
                .crlDistributionPoint(CrlDistributionPoint.at(second).crlIssuer(crlIssuer))
                .freshestCrl(URI.create("http://127.0.0.1:1/crl/delta.crl"))
                .unknownCriticalExtension(), root);

        X509Certificate certificate = alice.certificate();
        DistributionPoint[] points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(Extension.cRLDistributionPoints.getId()))).getDistributionPoints();
        assertThat(points).hasSize(2);
        assertThat(points[0].getReasons().intValue()).isEqualTo(ReasonFlags.keyCompromise);
        assertThat(points[0].getCRLIssuer()).isNull();
        assertThat(points[1].getReasons()).isNull();
        assertThat(new X500Principal(points[1].getCRLIssuer().getNames()[0].getName().toASN1Primitive().getEncoded()))
                .isEqualTo(crlIssuer);
        assertThat(certificate.getNonCriticalExtensionOIDs()).contains(Extension.freshestCRL.getId());
        assertThat(certificate.getCriticalExtensionOIDs()).contains(CrlSpec.UNKNOWN_EXTENSION);
        assertThat(ReasonFlag.byRfcName("aACompromise")).isEqualTo(ReasonFlag.AA_COMPROMISE);
    }

    private static X509CRL read(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }
}
