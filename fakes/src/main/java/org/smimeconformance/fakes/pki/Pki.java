package org.smimeconformance.fakes.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.net.URI;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/**
 * Mints the certificates, CRLs and certificate bundles of one scenario with Bouncy Castle.
 *
 * <p>Owned by one scenario (not thread-safe). Keys come from a shared {@link KeyPool}; each
 * certificate minted here takes the next key of the pool, so keys differ within a scenario.
 *
 * <p>Minting is deterministic but for the signature: a serial number that is not given is drawn
 * from the certificate's content (63 bits of its SHA-256), so two certificates differ in serial
 * whenever they differ in anything else, and the same declaration gives the same certificate.
 * ECDSA signatures are made by Bouncy Castle, faster at it than the JDK, and the same content
 * signed with the same key is signed once per run ({@link RememberedSignatures}).
 */
public final class Pki {

    /** One provider object for every signature: looking a provider up by name costs more than small work. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final SignatureAlgorithmIdentifierFinder ALGORITHMS = new DefaultSignatureAlgorithmIdentifierFinder();

    /** The keys of the pool as Bouncy Castle keys, by the JDK's key. */
    private static final Map<PrivateKey, PrivateKey> BOUNCY_CASTLE_KEYS = new HashMap<>();
    private static final int MOST_BOUNCY_CASTLE_KEYS = 256;

    private final KeyPool pool;
    private int nextKey;

    public Pki(KeyPool pool) {
        this.pool = pool;
    }

    /** A self-signed certificate: a root CA, or a self-signed leaf. */
    public IssuedCertificate selfSigned(CertificateSpec spec) {
        KeyPair keys = nextKey(spec.algorithm());
        return mint(spec, keys, subjectOf(spec), keys, spec.algorithm());
    }

    /** A certificate signed by {@code issuer}. */
    public IssuedCertificate issue(CertificateSpec spec, IssuedCertificate issuer) {
        KeyPair keys = nextKey(spec.algorithm());
        X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        KeyAlgorithm issuerAlgorithm = algorithmOf(issuer.keyPair());
        return mint(spec, keys, issuerName, issuer.keyPair(), issuerAlgorithm);
    }

    /**
     * A CRL issued under the name of {@code ca}, DER: signed with the CA's key unless the spec says
     * otherwise, with an authority key identifier naming the signing certificate's key, a CRL
     * number, and the entries and extensions the spec asks for (an issuing distribution point,
     * critical, when any of its fields is set).
     */
    public byte[] crl(IssuedCertificate ca, CrlSpec spec) {
        try {
            X500Name issuerName = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuerName, Date.from(spec.thisUpdate()));
            if (spec.nextUpdate() != null) {
                builder.setNextUpdate(Date.from(spec.nextUpdate()));
            }
            for (CrlSpec.Entry entry : spec.revoked()) {
                builder.addCRLEntry(entry.serialNumber(), Date.from(entry.revocationDate()), entryExtensions(entry));
            }
            IssuedCertificate signer = spec.signer() == null ? ca : spec.signer();
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(signer.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(spec.crlNumber()));
            if (spec.deltaOf() != null) {
                builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(spec.deltaOf()));
            }
            if (spec.hasIssuingDistributionPoint()) {
                DistributionPointName name = spec.distributionPointName() == null ? null
                        : new DistributionPointName(uriNames(spec.distributionPointName()));
                ReasonFlags reasons = spec.onlySomeReasons().isEmpty() ? null : ReasonFlag.of(spec.onlySomeReasons());
                builder.addExtension(Extension.issuingDistributionPoint, true, new IssuingDistributionPoint(name,
                        spec.isOnlyContainsUserCerts(), spec.isOnlyContainsCaCerts(), reasons, spec.isIndirect(),
                        spec.isOnlyContainsAttributeCerts()));
            }
            if (spec.freshestCrl() != null) {
                builder.addExtension(Extension.freshestCRL, false, distributionPoints(
                        List.of(CrlDistributionPoint.at(spec.freshestCrl()))));
            }
            if (spec.hasUnknownCriticalExtension()) {
                builder.addExtension(new ASN1ObjectIdentifier(CrlSpec.UNKNOWN_EXTENSION), true, DERNull.INSTANCE);
            }
            KeyAlgorithm algorithm = algorithmOf(signer.keyPair());
            PrivateKey signingKey = spec.isSignedByAnotherKey()
                    ? nextKey(algorithm).getPrivate()
                    : signer.keyPair().getPrivate();
            X509CRLHolder holder = builder.build(signer(algorithm, signingKey));
            return holder.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot mint a CRL for " + ca.name(), e);
        }
    }

    /** The reason code, and the certificateIssuer and unknown extensions an entry asks for, all but the reason critical. */
    private static Extensions entryExtensions(CrlSpec.Entry entry) throws IOException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        if (entry.reasonCode() != 0) {
            extensions.addExtension(Extension.reasonCode, false, org.bouncycastle.asn1.x509.CRLReason.lookup(entry.reasonCode()));
        }
        if (entry.certificateIssuer() != null) {
            extensions.addExtension(Extension.certificateIssuer, true, new GeneralNames(new GeneralName(
                    X500Name.getInstance(entry.certificateIssuer().getEncoded()))));
        }
        if (entry.unknownCriticalExtension()) {
            extensions.addExtension(new ASN1ObjectIdentifier(CrlSpec.UNKNOWN_EXTENSION), true, DERNull.INSTANCE);
        }
        return extensions.isEmpty() ? null : extensions.generate();
    }

    /** The CRLDistPoint of these points: each a fullName URI, with its reasons and cRLIssuer when given. */
    private static CRLDistPoint distributionPoints(List<CrlDistributionPoint> points) {
        return new CRLDistPoint(points.stream()
                .map(point -> new DistributionPoint(new DistributionPointName(uriNames(point.address())),
                        point.reasons().isEmpty() ? null : ReasonFlag.of(point.reasons()),
                        point.crlIssuer() == null ? null : new GeneralNames(new GeneralName(
                                X500Name.getInstance(point.crlIssuer().getEncoded())))))
                .toArray(DistributionPoint[]::new));
    }

    private static GeneralNames uriNames(URI uri) {
        return new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(uri.toString())));
    }

    /** A PKCS#7 / CMS "certs-only" bundle (SignedData with no signers) holding the certificates, DER. */
    public static byte[] certsOnly(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(new byte[0]), false).getEncoded();
        } catch (CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a certs-only bundle", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PKCS#12 file holding the certificate with its private key, as a user receives it by mail
     * or exports it, protected by {@code password}: AES-256-CBC encryption of the key and of the
     * certificates and an HMAC-SHA-256 integrity check, each with {@value #PKCS12_ITERATIONS}
     * iterations, as openssl makes it by default (an empty password, or one not in printable
     * ASCII: the JDK's key store makes it, with its own iterations).
     */
    public static byte[] pkcs12(IssuedCertificate certificate, char[] password) {
        return pkcs12(certificate, List.of(), password);
    }

    /** The iterations of the PKCS#12 key derivations: those of openssl's default, the JDK's being 10,000. */
    public static final int PKCS12_ITERATIONS = 2048;

    /**
     * A PKCS#12 file holding the certificate with its private key and, after it, the certificates
     * of its chain (issuer first), protected by {@code password} as {@link #pkcs12(IssuedCertificate,
     * char[])} says. The entry's alias (friendly name) is the certificate's name.
     */
    public static byte[] pkcs12(IssuedCertificate certificate, List<X509Certificate> chain, char[] password) {
        if (!Pkcs12Protection.accepts(password)) {
            return pkcs12ByTheKeyStore(certificate, chain, password);
        }
        try {
            SubjectKeyIdentifier localKeyId = new JcaX509ExtensionUtils()
                    .createSubjectKeyIdentifier(certificate.certificate().getPublicKey());
            DERBMPString alias = new DERBMPString(certificate.name());
            List<PKCS12SafeBag> certificates = new ArrayList<>();
            PKCS12SafeBagBuilder leaf = new JcaPKCS12SafeBagBuilder(certificate.certificate());
            leaf.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, alias);
            leaf.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
            certificates.add(leaf.build());
            for (X509Certificate above : chain) {
                certificates.add(new JcaPKCS12SafeBagBuilder(above).build());
            }
            PKCS12SafeBagBuilder key = new JcaPKCS12SafeBagBuilder(certificate.keyPair().getPrivate(),
                    Pkcs12Protection.encryptor(password, PKCS12_ITERATIONS));
            key.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, alias);
            key.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
            PKCS12PfxPduBuilder file = new PKCS12PfxPduBuilder();
            file.addEncryptedData(Pkcs12Protection.encryptor(password, PKCS12_ITERATIONS),
                    certificates.toArray(PKCS12SafeBag[]::new));
            file.addData(key.build());
            PKCS12PfxPdu pfx = file.build(Pkcs12Protection.integrity(PKCS12_ITERATIONS), password);
            return pfx.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new IllegalStateException("cannot make a PKCS#12 file for " + certificate.name(), e);
        }
    }

    /**
     * The same file made by the JDK's key store, with its own iterations (10,000), for a password
     * the JDK's password-based keys do not take (empty, or not printable ASCII).
     */
    private static byte[] pkcs12ByTheKeyStore(IssuedCertificate certificate, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<X509Certificate> path = new ArrayList<>();
            path.add(certificate.certificate());
            path.addAll(chain);
            store.setKeyEntry(certificate.name(), certificate.keyPair().getPrivate(), password,
                    path.toArray(X509Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a PKCS#12 file for " + certificate.name(), e);
        }
    }

    /**
     * The reason code of RFC 5280 for a name such as {@code keyCompromise} or {@code cACompromise}:
     * the {@link CRLReason} of that name, case and underscores ignored ({@code KEY_COMPROMISE} does
     * too), whose constants are in the order of their codes (7 is not used).
     */
    public static int reasonCode(String name) {
        String wanted = name.strip().replace("_", "");
        for (CRLReason reason : CRLReason.values()) {
            if (reason != CRLReason.UNUSED && reason.name().replace("_", "").equalsIgnoreCase(wanted)) {
                return reason.ordinal();
            }
        }
        throw new IllegalArgumentException("not a CRL reason of RFC 5280: " + name);
    }

    private KeyPair nextKey(KeyAlgorithm algorithm) {
        return pool.key(algorithm, nextKey++);
    }

    private IssuedCertificate mint(CertificateSpec spec, KeyPair subjectKeys, X500Name issuerName, KeyPair issuerKeys,
                                   KeyAlgorithm issuerAlgorithm) {
        try {
            PrivateKey signingKey = spec.hasBrokenSignature()
                    ? nextKey(issuerAlgorithm).getPrivate()
                    : issuerKeys.getPrivate();
            BigInteger serial = spec.serialNumber();
            if (serial == null) {
                byte[] content = certificateBuilder(spec, subjectKeys, issuerName, issuerKeys, BigInteger.ONE)
                        .build(new ContentOnly(ALGORITHMS.find(issuerAlgorithm.signatureAlgorithm()))).toASN1Structure()
                        .getTBSCertificate().getEncoded();
                serial = serialOf(content);
            }
            X509CertificateHolder holder = certificateBuilder(spec, subjectKeys, issuerName, issuerKeys, serial)
                    .build(signer(issuerAlgorithm, signingKey));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return new IssuedCertificate(spec.commonName(), certificate, subjectKeys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot mint " + spec.commonName(), e);
        }
    }

    /** The certificate as the spec has it, with this serial number, ready to be signed. */
    private static X509v3CertificateBuilder certificateBuilder(CertificateSpec spec, KeyPair subjectKeys, X500Name issuerName,
                                                              KeyPair issuerKeys, BigInteger serial) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName, serial,
                    Date.from(spec.notBefore()), Date.from(spec.notAfter()),
                    subjectOf(spec), subjectKeys.getPublic());
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(spec.isCertificateAuthority()));
            if (!spec.keyUsage().isEmpty()) {
                int mask = 0;
                for (KeyUsageBit bit : spec.keyUsage()) {
                    mask |= bit.mask();
                }
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(mask));
            }
            if (!spec.extendedKeyUsage().isEmpty()) {
                KeyPurposeId[] purposes = spec.extendedKeyUsage().stream()
                        .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid)))
                        .toArray(KeyPurposeId[]::new);
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            }
            List<GeneralName> names = new ArrayList<>();
            spec.sanEmails().forEach(address -> names.add(new GeneralName(GeneralName.rfc822Name, address)));
            spec.smtpUtf8Mailboxes().forEach(address -> names.add(smtpUtf8Mailbox(address)));
            spec.dnsNames().forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
            spec.ipAddresses().forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            if (!spec.distributionPoints().isEmpty()) {
                builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoints(spec.distributionPoints()));
            }
            if (spec.freshestCrl() != null) {
                builder.addExtension(Extension.freshestCRL, false,
                        distributionPoints(List.of(CrlDistributionPoint.at(spec.freshestCrl()))));
            }
            if (spec.hasUnknownCriticalExtension()) {
                builder.addExtension(new ASN1ObjectIdentifier(CrlSpec.UNKNOWN_EXTENSION), true, DERNull.INSTANCE);
            }
            if (spec.caIssuers() != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_caIssuers,
                                new GeneralName(GeneralName.uniformResourceIdentifier, spec.caIssuers().toString()))));
            }
            return builder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot mint " + spec.commonName(), e);
        }
    }

    /** A positive serial number of 63 bits drawn from the content of the certificate. */
    private static BigInteger serialOf(byte[] content) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
        return new BigInteger(1, Arrays.copyOf(digest, 8)).shiftRight(1).add(BigInteger.ONE);
    }

    /** Signs nothing: lets the builder encode the content, whose serial number is then drawn from it. */
    private record ContentOnly(AlgorithmIdentifier algorithm) implements ContentSigner {
        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public byte[] getSignature() {
            return new byte[0];
        }
    }

    /** An otherName of type id-on-SmtpUTF8Mailbox whose value is a UTF8String (RFC 9598). */
    private static GeneralName smtpUtf8Mailbox(String address) {
        return new GeneralName(GeneralName.otherName, new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier(CertificateSpec.SMTP_UTF8_MAILBOX),
                new DERTaggedObject(true, 0, new DERUTF8String(address))}));
    }

    private static X500Name subjectOf(CertificateSpec spec) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        if (spec.organization() != null) {
            name.addRDN(BCStyle.O, spec.organization());
        }
        name.addRDN(BCStyle.CN, spec.commonName());
        if (spec.subjectEmail() != null) {
            name.addRDN(BCStyle.EmailAddress, spec.subjectEmail());
        }
        return name.build();
    }

    private static KeyAlgorithm algorithmOf(KeyPair keys) {
        return "RSA".equals(keys.getPublic().getAlgorithm()) ? KeyAlgorithm.RSA_2048 : KeyAlgorithm.EC_P256;
    }

    /**
     * Signs with ECDSA through Bouncy Castle, with the key as a Bouncy Castle key made once (so its
     * table of multiples of the curve's generator is made once too), and with RSA through the JDK,
     * the faster of the two at each.
     */
    private static ContentSigner signer(KeyAlgorithm algorithm, PrivateKey key) {
        return RememberedSignatures.signer(ALGORITHMS.find(algorithm.signatureAlgorithm()), key, () -> {
            try {
                JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm.signatureAlgorithm());
                if (algorithm == KeyAlgorithm.EC_P256) {
                    return builder.setProvider(BOUNCY_CASTLE).build(bouncyCastleKey(key));
                }
                return builder.build(key);
            } catch (OperatorCreationException e) {
                throw new IllegalStateException("cannot sign with " + algorithm, e);
            }
        });
    }

    private static PrivateKey bouncyCastleKey(PrivateKey key) {
        synchronized (BOUNCY_CASTLE_KEYS) {
            PrivateKey known = BOUNCY_CASTLE_KEYS.get(key);
            if (known != null) {
                return known;
            }
            try {
                PrivateKey converted = KeyFactory.getInstance(key.getAlgorithm(), BOUNCY_CASTLE)
                        .generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
                if (BOUNCY_CASTLE_KEYS.size() < MOST_BOUNCY_CASTLE_KEYS) {
                    BOUNCY_CASTLE_KEYS.put(key, converted);
                }
                return converted;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot read a " + key.getAlgorithm() + " key with Bouncy Castle", e);
            }
        }
    }
}
