package org.smimeconformance.engine.trust;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/** A small PKI for one test, minted at a fixed instant, and worlds around it. */
final class TestPki {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Duration DAY = Duration.ofDays(1);
    static final Duration YEAR = Duration.ofDays(365);

    /** Shared by the whole test run, like the engine's own HTTP clients. */
    static final ReferenceImplementation REFERENCE = new ReferenceImplementation();

    final Pki pki = new Pki(KeyPool.shared());

    IssuedCertificate root(String name) {
        return pki.selfSigned(CertificateSpec.authority(name, NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(10))));
    }

    IssuedCertificate intermediate(String name, IssuedCertificate issuer) {
        return intermediate(name, issuer, spec -> { });
    }

    IssuedCertificate intermediate(String name, IssuedCertificate issuer, Consumer<CertificateSpec> tweak) {
        CertificateSpec spec = CertificateSpec.authority(name, NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(5)));
        tweak.accept(spec);
        return pki.issue(spec, issuer);
    }

    IssuedCertificate leaf(String address, IssuedCertificate issuer) {
        return leaf(address, issuer, spec -> { });
    }

    IssuedCertificate leaf(String address, IssuedCertificate issuer, Consumer<CertificateSpec> tweak) {
        CertificateSpec spec = CertificateSpec.smime(address, NOW.minus(DAY.multipliedBy(30)), NOW.plus(YEAR));
        tweak.accept(spec);
        return pki.issue(spec, issuer);
    }

    /** A fresh, empty CRL of {@code ca}: issued yesterday, next update in a week. */
    byte[] crl(IssuedCertificate ca) {
        return pki.crl(ca, freshCrl());
    }

    static CrlSpec freshCrl() {
        return new CrlSpec(NOW.minus(DAY), NOW.plus(DAY.multipliedBy(7)));
    }

    static World offline(IssuedCertificate... roots) {
        return world(NetworkSettings.defaults().withOffline(true), Limits.defaults(), roots);
    }

    static World online(IssuedCertificate... roots) {
        return world(NetworkSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1500)),
                Limits.defaults(), roots);
    }

    static World world(NetworkSettings network, Limits limits, IssuedCertificate... roots) {
        List<byte[]> collection = Arrays.stream(roots).map(IssuedCertificate::der).toList();
        return new World(Clock.fixed(NOW, ZoneOffset.UTC), collection, network, Endpoints.none(), limits);
    }

    static TrustVerdict verify(World world, IssuedCertificate leaf, List<IssuedCertificate> intermediates,
                               List<byte[]> crls) {
        CertificateCheck check = new CertificateCheck(leaf.der(),
                intermediates.stream().map(IssuedCertificate::der).toList(), crls, CertificateUse.SENDER);
        try (var client = REFERENCE.open(world)) {
            return client.trust().verify(check);
        }
    }

    static URI uri(String text) {
        return URI.create(text);
    }
}
