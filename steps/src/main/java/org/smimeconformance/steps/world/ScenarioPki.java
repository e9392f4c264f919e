package org.smimeconformance.steps.world;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/**
 * The certification authorities and certificates a scenario speaks of, and what their CRL and AIA
 * endpoints publish.
 *
 * <p>Steps only declare; nothing is minted until the implementation first needs it
 * ({@link #issued(String)}), so that "Given" steps can come in any order: the address of a CRL
 * distribution point, for instance, depends on whether that endpoint refuses connections.
 * Certification authorities are named by their common name ("Contoso Issuing CA"), end entities by
 * their email address ({@link #endEntity}) or by a name of the scenario's own, independent of the
 * addresses they carry ({@link #certificate}), so that one address can have several certificates.
 * Authorities must be declared before the first certificate is minted; an end entity declared
 * later is minted when first asked for, by the authorities already minted. One per scenario; not
 * thread-safe.
 */
public final class ScenarioPki {

    /** How a CA publishes its CRL. */
    public enum CrlState { CURRENT, STALE, SIGNED_BY_ANOTHER_KEY }

    private static final Duration DAY = Duration.ofDays(1);

    private final ScenarioClock clock;
    private final FakeEndpoints endpoints;
    private final Pki pki = new Pki(KeyPool.shared());

    private final Map<String, Declared> declared = new LinkedHashMap<>();
    private final Set<String> trusted = new LinkedHashSet<>();
    private final Map<String, List<String>> revokedBy = new HashMap<>();
    private final Map<String, CrlState> crlStates = new HashMap<>();
    private final Set<String> withoutDistributionPoint = new HashSet<>();
    private final Set<String> aiaAsBundle = new HashSet<>();

    private Map<String, IssuedCertificate> minted;

    private static final class Declared {
        final String name;
        final String issuer;
        final boolean authority;
        Instant notBefore;
        Instant notAfter;
        boolean brokenSignature;
        CertificateDescription description;

        Declared(String name, String issuer, boolean authority) {
            this.name = name;
            this.issuer = issuer;
            this.authority = authority;
        }
    }

    public ScenarioPki(ScenarioClock clock, FakeEndpoints endpoints) {
        this.clock = clock;
        this.endpoints = endpoints;
    }

    /** A self-signed root certification authority. */
    public void root(String name) {
        declare(new Declared(name, null, true));
    }

    /** An intermediate certification authority issued by {@code issuer}. */
    public void intermediate(String name, String issuer) {
        requireAuthority(issuer);
        declare(new Declared(name, issuer, true));
    }

    /** An S/MIME certificate for {@code address} issued by {@code issuer}. */
    public void endEntity(String address, String issuer) {
        requireAuthority(issuer);
        declare(new Declared(address, issuer, false));
    }

    /**
     * An end-entity certificate named {@code name} in the scenario, issued by {@code issuer}, with
     * the addresses, key usage, key and validity of {@code description} (validity defaulting as for
     * {@link #endEntity}).
     */
    public void certificate(String name, String issuer, CertificateDescription description) {
        requireAuthority(issuer);
        Declared d = new Declared(name, issuer, false);
        d.description = description;
        d.notBefore = description.notBefore();
        d.notAfter = description.notAfter();
        declare(d);
    }

    /**
     * An S/MIME certificate for {@code address} at the end of a chain of {@code count} intermediate
     * authorities under {@code root}: "Contoso Level 1 CA" issued by the root, "Contoso Level 2 CA"
     * by that one, and so on, the last issuing the certificate.
     */
    public void endEntityThroughIntermediates(String address, int count, String root) {
        String issuer = root;
        for (int level = 1; level <= count; level++) {
            String name = "Contoso Level " + level + " CA";
            intermediate(name, issuer);
            issuer = name;
        }
        endEntity(address, issuer);
    }

    /** Every intermediate certification authority the scenario declared, in the order it declared them. */
    public List<String> intermediates() {
        return declared.values().stream().filter(d -> d.authority && d.issuer != null).map(d -> d.name).toList();
    }

    /** An S/MIME certificate for {@code address} that signs itself. */
    public void selfSignedEndEntity(String address) {
        declare(new Declared(address, null, false));
    }

    /** Puts a root into the virtual certificate collection, declaring it first if need be. */
    public void trust(String root) {
        if (!declared.containsKey(root)) {
            root(root);
        }
        if (declared.get(root).issuer != null) {
            throw new IllegalArgumentException("\"" + root + "\" is not a root certification authority");
        }
        trusted.add(root);
    }

    public void distrust(String root) {
        trusted.remove(root);
    }

    public void validity(String name, Instant notBefore, Instant notAfter) {
        Declared d = get(name);
        d.notBefore = notBefore;
        d.notAfter = notAfter;
    }

    public void breakSignature(String name) {
        get(name).brokenSignature = true;
    }

    /** The CA lists the certificate of {@code holder} on its CRL. */
    public void revoke(String ca, String holder) {
        if (!ca.equals(get(holder).issuer)) {
            throw new IllegalArgumentException("\"" + ca + "\" did not issue the certificate of " + holder);
        }
        revokedBy.computeIfAbsent(ca, k -> new ArrayList<>()).add(holder);
    }

    public void crlState(String ca, CrlState state) {
        requireAuthority(ca);
        crlStates.put(ca, state);
    }

    /** Certificates issued by {@code ca} carry no CRL distribution point. */
    public void withoutCrlDistributionPoint(String ca) {
        requireAuthority(ca);
        withoutDistributionPoint.add(ca);
    }

    /** The AIA endpoint serves the CA's certificate as a PKCS#7 certs-only bundle instead of DER. */
    public void aiaAsBundle(String ca) {
        requireAuthority(ca);
        aiaAsBundle.add(ca);
    }

    /**
     * The minted certificate of a CA or an end entity; mints the whole scenario PKI on first call,
     * and an end entity declared after that on its own first call.
     */
    public IssuedCertificate issued(String name) {
        Declared d = get(name);
        if (minted == null) {
            mint();
        } else if (!minted.containsKey(name)) {
            minted.put(name, mintOne(d, clock.now(), minted));
        }
        return minted.get(name);
    }

    /** The name the scenario gives the minted certificate with these DER bytes, if it minted it. */
    public Optional<String> nameOf(byte[] der) {
        if (minted == null) {
            return Optional.empty();
        }
        return minted.entrySet().stream()
                .filter(entry -> Arrays.equals(entry.getValue().der(), der))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The name the scenario gives the first minted certificate that passes the test, if any. */
    public Optional<String> nameOf(Predicate<X509Certificate> test) {
        if (minted == null) {
            return Optional.empty();
        }
        return minted.entrySet().stream()
                .filter(entry -> test.test(entry.getValue().certificate()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The virtual certificate collection, DER. */
    public List<byte[]> trustedRoots() {
        return trusted.stream().map(name -> issued(name).der()).toList();
    }

    /**
     * The named certificate with its private key and the certificates of the authorities above it,
     * in a PKCS#12 file protected by the password (none when it is empty), as a user or an
     * administrator receives it.
     */
    public byte[] pkcs12(String name, String password) {
        List<X509Certificate> chain = chainAbove(name).stream().map(IssuedCertificate::certificate).toList();
        return Pki.pkcs12(issued(name), chain, password.toCharArray());
    }

    /** The certificates of the authorities above the named certificate, its issuer first, up to its root. */
    public List<IssuedCertificate> chainAbove(String name) {
        List<IssuedCertificate> chain = new ArrayList<>();
        for (String issuer = get(name).issuer; issuer != null; issuer = get(issuer).issuer) {
            chain.add(issued(issuer));
        }
        return chain;
    }

    private void mint() {
        Instant now = clock.now();
        Map<String, IssuedCertificate> done = new LinkedHashMap<>();
        for (Declared d : declared.values()) {
            done.put(d.name, mintOne(d, now, done));
        }
        minted = done;
        publish(now);
    }

    private IssuedCertificate mintOne(Declared d, Instant now, Map<String, IssuedCertificate> done) {
        Instant from = d.notBefore != null ? d.notBefore : now.minus(d.authority ? Duration.ofDays(365) : Duration.ofDays(30));
        Instant until = d.notAfter != null ? d.notAfter : now.plus(d.authority ? Duration.ofDays(3650) : Duration.ofDays(365));
        CertificateSpec spec;
        if (d.authority) {
            spec = CertificateSpec.authority(d.name, from, until);
        } else if (d.description != null) {
            spec = d.description.spec(d.name, from, until);
        } else {
            spec = CertificateSpec.smime(d.name, from, until);
        }
        if (d.brokenSignature) {
            spec.brokenSignature();
        }
        if (d.issuer == null) {
            return pki.selfSigned(spec);
        }
        if (!withoutDistributionPoint.contains(d.issuer)) {
            spec.crlDistributionPoint(endpoints.crl().address(d.issuer));
        }
        spec.caIssuers(endpoints.aia().address(d.issuer));
        return pki.issue(spec, done.get(d.issuer));
    }

    private void publish(Instant now) {
        for (Declared d : declared.values()) {
            if (!d.authority) {
                continue;
            }
            IssuedCertificate ca = minted.get(d.name);
            CrlState state = crlStates.getOrDefault(d.name, CrlState.CURRENT);
            CrlSpec crl = state == CrlState.STALE
                    ? new CrlSpec(now.minus(DAY.multipliedBy(14)), now.minus(DAY.multipliedBy(7)))
                    : new CrlSpec(now.minus(DAY), now.plus(DAY.multipliedBy(7)));
            if (state == CrlState.SIGNED_BY_ANOTHER_KEY) {
                crl.signedByAnotherKey();
            }
            for (String holder : revokedBy.getOrDefault(d.name, List.of())) {
                BigInteger serial = minted.get(holder).serialNumber();
                crl.revoke(serial, now.minus(DAY.multipliedBy(2)), Pki.reasonCode("keyCompromise"));
            }
            endpoints.crl().serve(d.name, pki.crl(ca, crl));
            if (aiaAsBundle.contains(d.name)) {
                endpoints.aia().serve(d.name, Pki.certsOnly(List.of(ca.certificate())), "application/pkcs7-mime");
            } else {
                endpoints.aia().serve(d.name, ca.der());
            }
        }
    }

    private void declare(Declared d) {
        if (minted != null && d.authority) {
            throw new IllegalStateException("the certificates of this scenario are already in use; declare \"" + d.name + "\" earlier");
        }
        if (declared.putIfAbsent(d.name, d) != null) {
            throw new IllegalArgumentException("\"" + d.name + "\" is declared twice");
        }
    }

    private Declared get(String name) {
        Declared d = declared.get(name);
        if (d == null) {
            throw new IllegalArgumentException("the scenario never declares \"" + name + "\"");
        }
        return d;
    }

    private void requireAuthority(String name) {
        if (!get(name).authority) {
            throw new IllegalArgumentException("\"" + name + "\" is not a certification authority");
        }
    }
}
