package org.smimeconformance.engine.trust;

import static org.smimeconformance.engine.trust.CertificateFields.subject;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.CrlGathering.Held;
import org.smimeconformance.engine.trust.CrlGathering.Refusal;

/**
 * Names why the JDK's validator could not determine the revocation status of a certificate. The
 * validator says only "Could not determine revocation status" ({@code
 * UNDETERMINED_REVOCATION_STATUS}, no cause): no CRL it was given was usable for the certificate.
 * This reads the CRLs that could have been the certificate's, in the order of RFC 5280 §6.3.3, and
 * says what is wrong with the one that came furthest. It decides nothing: it runs only after the
 * validator refused, and its answer is always a refusal, {@code CRL_INVALID} with the validator's
 * words when it finds nothing more precise. Stateless; all methods are static.
 */
final class CrlDiagnosis {

    /** The ReasonFlags bits in the order of RFC 5280 (bit 0, unused, first), as Bouncy Castle writes them. */
    private static final int[] REASON_BITS = {ReasonFlags.unused, ReasonFlags.keyCompromise, ReasonFlags.cACompromise,
        ReasonFlags.affiliationChanged, ReasonFlags.superseded, ReasonFlags.cessationOfOperation,
        ReasonFlags.certificateHold, ReasonFlags.privilegeWithdrawn, ReasonFlags.aACompromise};
    private static final String[] REASON_NAMES = {"unused", "keyCompromise", "cACompromise", "affiliationChanged",
        "superseded", "cessationOfOperation", "certificateHold", "privilegeWithdrawn", "aACompromise"};

    /** How far a CRL got through the checks, the failing one; the furthest is the one reported. */
    private enum Stage { ISSUER, SIGNATURE, TIME, CRL_SIGN, CRITICAL, ENTRIES, SCOPE, SOUND }

    /** One CRL judged: the stage it failed at, why, the reasons it covers when sound, and who signed it. */
    private record Judged(Held held, Stage stage, Optional<Refusal> refusal, boolean[] covers, X509Certificate signer) {
    }

    /** A distribution point of the certificate: its names, reasons (null for all) and cRLIssuer names. */
    private record Point(List<GeneralName> names, boolean[] reasons, List<X500Name> crlIssuers) {
    }

    private CrlDiagnosis() {
    }

    /**
     * Why the status of {@code certificate} could not be determined.
     *
     * @param issuer        the certificate's issuer in the path (the anchor for the last one)
     * @param anchor        the trusted root
     * @param validatorSays the validator's message, used when nothing more precise is found
     */
    static Outcome explain(X509Certificate certificate, X509Certificate issuer, X509Certificate anchor,
                           CrlGathering gathering, Instant at, String validatorSays) {
        List<Held> candidates = gathering.candidates(certificate);
        if (candidates.isEmpty()) {
            List<String> failures = gathering.failures(certificate);
            return Outcome.of(OutcomeCode.CRL_UNREACHABLE, "the CRL for " + subject(certificate) + " cannot be obtained: "
                    + (failures.isEmpty() ? "no CRL at hand and no http(s) CRL distribution point"
                    : String.join("; ", failures)));
        }
        List<Judged> judged = new ArrayList<>();
        for (Held held : candidates) {
            judged.add(judge(held, certificate, issuer, anchor, gathering.certificates(), at));
        }
        judged.sort(Comparator.comparing(Judged::stage, Comparator.reverseOrder())
                .thenComparing(one -> one.held().crl().getThisUpdate(), Comparator.reverseOrder()));
        Judged best = judged.get(0);
        String about = best.held().origin() + " for " + subject(certificate);
        if (best.refusal().isPresent()) {
            return Outcome.of(best.refusal().get().code(), about + " " + best.refusal().get().what());
        }
        boolean[] covered = new boolean[REASON_BITS.length];
        List<Judged> sound = judged.stream().filter(one -> one.stage() == Stage.SOUND).toList();
        for (Judged one : sound) {
            for (int i = 0; i < covered.length; i++) {
                covered[i] |= one.covers()[i];
            }
        }
        if (!allTrue(covered)) {
            String which = sound.size() == 1 ? about + " covers"
                    : "the CRLs for " + subject(certificate) + " cover";
            return Outcome.of(OutcomeCode.CRL_OUT_OF_SCOPE, which + " some revocation reasons only (onlySomeReasons: "
                    + reasons(best.covers(), true) + "), and no CRL covers " + reasons(covered, false));
        }
        for (Judged one : sound) {
            if (!one.signer().equals(issuer) && !one.signer().equals(anchor)) {
                return Outcome.of(OutcomeCode.CRL_INVALID, one.held().origin() + " for " + subject(certificate)
                        + " was signed by another certificate of " + subject(one.signer()) + " (serial "
                        + CertificateFields.serial(one.signer()) + "), which the validator could not take to the "
                        + "trusted root " + subject(anchor) + " with CRLs that clear it");
            }
        }
        return Outcome.of(OutcomeCode.CRL_INVALID, about + " was not accepted by the JDK's PKIX validator: "
                + validatorSays);
    }

    private static Judged judge(Held held, X509Certificate certificate, X509Certificate issuer,
                                X509Certificate anchor, List<X509Certificate> atHand, Instant at) {
        X509CRL crl = held.crl();
        X500Principal crlIssuer = crl.getIssuerX500Principal();
        X500Name crlIssuerName = X500Name.getInstance(crlIssuer.getEncoded());
        boolean byTheIssuer = crlIssuer.equals(certificate.getIssuerX500Principal());
        List<Point> points = points(certificate);
        List<Point> issuedFor = points.stream().filter(point -> point.crlIssuers().isEmpty()
                ? byTheIssuer : point.crlIssuers().contains(crlIssuerName)).toList();
        if (issuedFor.isEmpty()) {
            List<X500Principal> named = CertificateFields.crlIssuers(certificate);
            return refused(held, Stage.ISSUER, OutcomeCode.CRL_INVALID, "was issued by " + name(crlIssuer)
                    + ", not by the certificate's issuer " + CertificateFields.issuer(certificate)
                    + (named.isEmpty() ? "" : " nor by the CRL issuer its distribution points name ("
                    + String.join("; ", named.stream().map(CrlDiagnosis::name).toList()) + ")"));
        }
        X509Certificate signer = signer(crl, byTheIssuer ? issuer : null, atHand);
        if (signer == null) {
            return refused(held, Stage.SIGNATURE, OutcomeCode.CRL_INVALID, "does not verify with the public key of "
                    + name(crlIssuer));
        }
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(at)) {
            return refused(held, Stage.TIME, OutcomeCode.CRL_INVALID, "is not yet issued: thisUpdate " + thisUpdate
                    + " (validation time " + at + ")");
        }
        if (crl.getNextUpdate() == null) {
            return refused(held, Stage.TIME, OutcomeCode.CRL_INVALID, "has no nextUpdate, which RFC 5280 §5.1.2.5 "
                    + "requires: it does not say until when it is current");
        }
        if (crl.getNextUpdate().toInstant().isBefore(at)) {
            return refused(held, Stage.TIME, OutcomeCode.CRL_STALE, "is stale: nextUpdate "
                    + crl.getNextUpdate().toInstant() + " (validation time " + at + ")");
        }
        boolean[] usage = signer.getKeyUsage();
        if (!signer.equals(anchor) && usage != null && (usage.length <= 6 || !usage[6])) {
            return refused(held, Stage.CRL_SIGN, OutcomeCode.CRL_INVALID, "was signed by " + subject(signer)
                    + ", whose key usage does not include cRLSign");
        }
        Set<String> critical = crl.getCriticalExtensionOIDs() == null ? new TreeSet<>()
                : new TreeSet<>(crl.getCriticalExtensionOIDs());
        critical.remove(Extension.issuingDistributionPoint.getId());
        if (critical.contains(Extension.deltaCRLIndicator.getId())) {
            return refused(held, Stage.CRITICAL, OutcomeCode.CRL_UNSUPPORTED, "is a delta CRL (deltaCRLIndicator"
                    + baseNumber(crl) + "): only complete CRLs are used");
        }
        if (!critical.isEmpty()) {
            return refused(held, Stage.CRITICAL, OutcomeCode.CRL_UNSUPPORTED, "has a critical extension that is not "
                    + "supported: " + String.join(", ", critical));
        }
        if (held.heldBack().isPresent()) {
            return new Judged(held, Stage.ENTRIES, held.heldBack(), null, signer);
        }
        IssuingDistributionPoint scope;
        try {
            byte[] value = crl.getExtensionValue(Extension.issuingDistributionPoint.getId());
            scope = value == null ? null
                    : IssuingDistributionPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
        } catch (IOException | RuntimeException unreadable) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_INVALID, "has an issuing distribution point that cannot "
                    + "be read");
        }
        boolean authority = certificate.getBasicConstraints() != -1;
        if (scope != null && scope.onlyContainsUserCerts() && authority) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_OUT_OF_SCOPE, "covers end-entity certificates only "
                    + "(onlyContainsUserCerts), and " + subject(certificate) + " is a CA certificate");
        }
        if (scope != null && scope.onlyContainsCACerts() && !authority) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_OUT_OF_SCOPE, "covers CA certificates only "
                    + "(onlyContainsCACerts), and " + subject(certificate) + " is an end-entity certificate");
        }
        if (scope != null && scope.onlyContainsAttributeCerts()) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_OUT_OF_SCOPE, "covers attribute certificates only "
                    + "(onlyContainsAttributeCerts)");
        }
        if (!byTheIssuer && (scope == null || !scope.isIndirectCRL())) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_OUT_OF_SCOPE, "was issued by " + name(crlIssuer)
                    + ", the CRL issuer its distribution point names, but is not an indirect CRL (indirectCRL), so "
                    + "it lists none of the certificates of " + CertificateFields.issuer(certificate));
        }
        List<GeneralName> published = scope == null || scope.getDistributionPoint() == null ? null
                : names(scope.getDistributionPoint(), crlIssuerName);
        List<Point> named = published == null ? issuedFor : issuedFor.stream()
                .filter(point -> intersect(published, point.names().isEmpty()
                        ? point.crlIssuers().stream().map(GeneralName::new).toList() : point.names()))
                .toList();
        if (named.isEmpty()) {
            return refused(held, Stage.SCOPE, OutcomeCode.CRL_OUT_OF_SCOPE, "is published for the distribution point "
                    + text(published) + ", which " + subject(certificate) + " does not name");
        }
        boolean[] only = scope == null || scope.getOnlySomeReasons() == null ? null : bits(scope.getOnlySomeReasons());
        boolean[] covers = new boolean[REASON_BITS.length];
        for (Point point : named) {
            for (int i = 0; i < covers.length; i++) {
                covers[i] |= (only == null || only[i]) && (point.reasons() == null || point.reasons()[i]);
            }
        }
        return new Judged(held, Stage.SOUND, Optional.empty(), covers, signer);
    }

    private static Judged refused(Held held, Stage stage, OutcomeCode code, String what) {
        return new Judged(held, stage, Optional.of(new Refusal(code, what)), null, null);
    }

    /**
     * The certificate whose key verifies the CRL: the certificate's issuer when the CRL is issued
     * under its name, else (or failing that) a certificate at hand with the CRL issuer's name.
     */
    private static X509Certificate signer(X509CRL crl, X509Certificate issuer, List<X509Certificate> atHand) {
        List<X509Certificate> keys = new ArrayList<>();
        if (issuer != null) {
            keys.add(issuer);
        }
        for (X509Certificate certificate : atHand) {
            if (certificate.getSubjectX500Principal().equals(crl.getIssuerX500Principal()) && !keys.contains(certificate)) {
                keys.add(certificate);
            }
        }
        for (X509Certificate key : keys) {
            try {
                crl.verify(key.getPublicKey());
                return key;
            } catch (GeneralSecurityException | RuntimeException notThisOne) {
                // the next key, if any
            }
        }
        return null;
    }

    /**
     * The distribution points of the certificate; without the extension, one named by the
     * certificate's issuer for every reason, as RFC 5280 §6.3.3 and the JDK assume.
     */
    private static List<Point> points(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return List.of(new Point(List.of(new GeneralName(issuer)), null, List.of()));
        }
        List<Point> points = new ArrayList<>();
        try {
            for (DistributionPoint point : CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value))
                    .getDistributionPoints()) {
                List<X500Name> crlIssuers = new ArrayList<>();
                if (point.getCRLIssuer() != null) {
                    for (GeneralName name : point.getCRLIssuer().getNames()) {
                        if (name.getTagNo() == GeneralName.directoryName) {
                            crlIssuers.add(X500Name.getInstance(name.getName()));
                        }
                    }
                }
                List<GeneralName> names = point.getDistributionPoint() == null ? List.of()
                        : names(point.getDistributionPoint(), crlIssuers.isEmpty() ? issuer : crlIssuers.get(0));
                points.add(new Point(names, point.getReasons() == null ? null : bits(point.getReasons()), crlIssuers));
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return points;
    }

    /** A distribution point name as general names: the fullName, or the relative name below {@code base}. */
    private static List<GeneralName> names(DistributionPointName name, X500Name base) {
        if (name.getType() == DistributionPointName.FULL_NAME) {
            return Arrays.asList(GeneralNames.getInstance(name.getName()).getNames());
        }
        List<RDN> rdns = new ArrayList<>(Arrays.asList(base.getRDNs()));
        rdns.add(RDN.getInstance(name.getName()));
        return List.of(new GeneralName(new X500Name(rdns.toArray(RDN[]::new))));
    }

    private static boolean intersect(List<GeneralName> a, List<GeneralName> b) {
        Set<ASN1Primitive> left = new HashSet<>();
        a.forEach(name -> left.add(name.toASN1Primitive()));
        return b.stream().anyMatch(name -> left.contains(name.toASN1Primitive()));
    }

    private static String text(List<GeneralName> names) {
        return String.join(", ", names.stream().map(name -> name.getName().toString()).toList());
    }

    private static boolean[] bits(ReasonFlags flags) {
        int value = flags.intValue();
        boolean[] bits = new boolean[REASON_BITS.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (value & REASON_BITS[i]) != 0;
        }
        return bits;
    }

    private static String reasons(boolean[] bits, boolean set) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == set) {
                names.add(REASON_NAMES[i]);
            }
        }
        return String.join(", ", names);
    }

    private static boolean allTrue(boolean[] bits) {
        for (boolean bit : bits) {
            if (!bit) {
                return false;
            }
        }
        return true;
    }

    private static String baseNumber(X509CRL crl) {
        try {
            byte[] value = crl.getExtensionValue(Extension.deltaCRLIndicator.getId());
            return ", base CRL number "
                    + CRLNumber.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value)).getCRLNumber();
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }
}
