package org.smimeconformance.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/** A CA minting user certificates for one test, at a fixed instant, and an offline world around it. */
public final class UserCertificates {

    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    public static final Duration DAY = Duration.ofDays(1);
    public static final Duration YEAR = Duration.ofDays(365);

    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate ca = pki.selfSigned(
            CertificateSpec.authority("Contoso Issuing CA", NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(5))));

    public IssuedCertificate ca() {
        return ca;
    }

    /** An S/MIME certificate for the address (SAN rfc822Name), valid from 30 days ago for a year. */
    public IssuedCertificate smime(String address) {
        return smime(address, spec -> spec);
    }

    public IssuedCertificate smime(String address, UnaryOperator<CertificateSpec> tweak) {
        return pki.issue(tweak.apply(CertificateSpec.smime(address, NOW.minus(DAY.multipliedBy(30)), NOW.plus(YEAR))), ca);
    }

    /** An end-entity certificate with the S/MIME key usages and no address until the tweak adds one. */
    public IssuedCertificate endEntity(String commonName, UnaryOperator<CertificateSpec> tweak) {
        return pki.issue(tweak.apply(CertificateSpec.endEntity(commonName, NOW.minus(DAY.multipliedBy(30)),
                NOW.plus(YEAR))), ca);
    }

    /** An offline world at {@link #NOW} that trusts the CA. */
    public World world() {
        return world(NOW);
    }

    public World world(Instant at) {
        return new World(Clock.fixed(at, ZoneOffset.UTC), List.of(ca.der()),
                NetworkSettings.defaults().withOffline(true), Endpoints.none(), Limits.defaults());
    }
}
