package org.smimeconformance.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.engine.trust.TrustParts;
import org.smimeconformance.engine.trust.TrustValidator;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/**
 * Authority information access addresses that lead in a circle: "East CA" is issued by "West CA",
 * whose certificate at its AIA address is issued by "East CA" again. Verification ends with a clear
 * code within the AIA fetch limit. (The chain builder does not remember the addresses it asked: it
 * asks East's address a second time, finds East already in the path, and stops.)
 */
class AiaCycleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final NetworkSettings NETWORK = new NetworkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), false);

    private final ScenarioEndpoints http = FakeHttpServer.shared().openScenario();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aCycleOfAuthorityInformationAccessAddressesEndsWithNoTrustedRoot() {
        Pki pki = new Pki(KeyPool.shared());
        Instant from = NOW.minus(Duration.ofDays(30));
        Instant until = NOW.plus(Duration.ofDays(365));
        IssuedCertificate trustedRoot = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", from, until));
        IssuedCertificate westOrigin = pki.selfSigned(CertificateSpec.authority("West CA", from, until));
        IssuedCertificate east = pki.issue(CertificateSpec.authority("East CA", from, until)
                .caIssuers(http.aia().address("West CA")), westOrigin);
        IssuedCertificate west = pki.issue(CertificateSpec.authority("West CA", from, until)
                .caIssuers(http.aia().address("East CA")), east);
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", from, until)
                .caIssuers(http.aia().address("East CA")), east);
        http.aia().serve("East CA", east.der());
        http.aia().serve("West CA", west.der());
        World world = new World(Clock.fixed(NOW, ZoneOffset.UTC), List.of(trustedRoot.der()), NETWORK,
                new Endpoints(null, null), Limits.defaults());
        TrustValidator trust = new TrustValidator(TrustParts.reference(), world,
                new HttpFetcher(new HttpClients().forConnectTimeout(NETWORK.connectTimeout()), NETWORK, 1 << 20));

        TrustVerdict verdict = trust.verify(new CertificateCheck(alice.der(), List.of(), List.of(), CertificateUse.RECIPIENT));

        assertThat(verdict.outcome().code()).isIn(OutcomeCode.NO_TRUSTED_ROOT, OutcomeCode.CHAIN_TOO_LONG);
        assertThat(http.aia().requests()).isLessThanOrEqualTo(Limits.defaults().maxAiaFetches());
        assertThat(http.aia().requests("East CA")).isLessThanOrEqualTo(2);
        assertThat(http.aia().requests("West CA")).isLessThanOrEqualTo(1);
    }
}
