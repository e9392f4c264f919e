package org.smimeconformance.engine.trust;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.engine.trust.TestPki.online;
import static org.smimeconformance.engine.trust.TestPki.uri;
import static org.smimeconformance.engine.trust.TestPki.verify;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.Pem;
import org.smimeconformance.fakes.pki.Pki;
import org.smimeconformance.fakes.pki.ReasonFlag;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Trust verification against CRL distribution points and AIA addresses served by a local WireMock. */
class TrustOverHttpTest {

    private static WireMockServer server;

    private final TestPki pki = new TestPki();
    private IssuedCertificate root;
    private IssuedCertificate issuing;
    private IssuedCertificate leaf;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().jettyAcceptors(1).containerThreads(8));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void mint() {
        server.resetAll();
        root = pki.root("Contoso Root");
        issuing = pki.intermediate("Contoso Issuing", root, spec -> spec
                .crlDistributionPoint(uri(server.baseUrl() + "/root.crl"))
                .caIssuers(uri(server.baseUrl() + "/root.cer")));
        leaf = pki.leaf("alice@contoso.com", issuing, spec -> spec
                .crlDistributionPoint(uri(server.baseUrl() + "/issuing.crl"))
                .caIssuers(uri(server.baseUrl() + "/issuing.p7c")));
    }

    @Test
    void crlsAreFetchedFromTheDistributionPointsAndTheIntermediateThroughAia() {
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.crl(issuing));
        serve("/issuing.p7c", Pem.encode("PKCS7", Pki.certsOnly(List.of(issuing.certificate()))).getBytes(StandardCharsets.US_ASCII));

        TrustVerdict verdict = verify(online(root), leaf, List.of(), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
        assertThat(verdict.outcome().message()).isEqualTo("trusted: chain to CN=Contoso Root,O=Contoso, 2 CRLs checked");
        server.verify(1, getRequestedFor(urlEqualTo("/issuing.p7c")));
        server.verify(1, getRequestedFor(urlEqualTo("/issuing.crl")));
        server.verify(1, getRequestedFor(urlEqualTo("/root.crl")));
        server.verify(0, getRequestedFor(urlEqualTo("/root.cer")));
    }

    @Test
    void aCrlAtHandIsNotFetchedAgain() {
        serve("/issuing.crl", pki.crl(issuing));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of(pki.crl(root)));

        assertThat(verdict.trusted()).isTrue();
        server.verify(0, getRequestedFor(urlEqualTo("/root.crl")));
    }

    @Test
    void crlEndpointAnswering404IsUnreachable() {
        serve("/root.crl", pki.crl(root));
        server.stubFor(get("/issuing.crl").willReturn(aResponse().withStatus(404)));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).isEqualTo("the CRL for CN=alice@contoso.com,O=Contoso cannot be "
                + "obtained: " + server.baseUrl() + "/issuing.crl: HTTP 404");
    }

    @Test
    void crlEndpointAnsweringGarbageIsUnreachable() {
        serve("/root.crl", pki.crl(root));
        server.stubFor(get("/issuing.crl").willReturn(aResponse().withBody("<html>maintenance</html>")));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).endsWith("/issuing.crl: not a CRL");
    }

    @Test
    void crlEndpointTimingOutIsUnreachable() {
        serve("/root.crl", pki.crl(root));
        server.stubFor(get("/issuing.crl").willReturn(aResponse().withBody(pki.crl(issuing)).withFixedDelay(3000)));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).endsWith("/issuing.crl: timed out after 1500 ms");
    }

    @Test
    void crlEndpointDownIsUnreachableAndTheNextDistributionPointIsTried() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closed + "/issuing.crl";
        IssuedCertificate twoPoints = pki.leaf("bob@contoso.com", issuing, spec -> spec
                .crlDistributionPoint(uri(down))
                .crlDistributionPoint(uri(server.baseUrl() + "/issuing.crl")));
        IssuedCertificate onePoint = pki.leaf("carol@contoso.com", issuing, spec -> spec.crlDistributionPoint(uri(down)));
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.crl(issuing));

        assertThat(verify(online(root), twoPoints, List.of(issuing), List.of()).trusted()).isTrue();
        TrustVerdict verdict = verify(online(root), onePoint, List.of(issuing), List.of());
        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).endsWith(down + ": connection refused");
    }

    @Test
    void crlOfAnotherCaServedAtTheDistributionPointIsInvalid() {
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.crl(root));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_INVALID);
        assertThat(verdict.outcome().message()).contains("was issued by CN=Contoso Root,O=Contoso, not by the "
                + "certificate's issuer CN=Contoso Issuing,O=Contoso");
    }

    @Test
    void aiaEndpointDownWithTheIntermediateAbsentIsNoTrustedRoot() {
        server.stubFor(get("/issuing.p7c").willReturn(aResponse().withStatus(500)));

        TrustVerdict verdict = verify(online(root), leaf, List.of(), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
        assertThat(verdict.outcome().message()).endsWith("/issuing.p7c: HTTP 500");
        server.verify(0, getRequestedFor(urlEqualTo("/issuing.crl")));
    }

    @Test
    void aCrlTheValidatorRefusesIsFetchedOnceAndTheJdkFetchesNothingItself() {
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.pki.crl(issuing, TestPki.freshCrl().signedByAnotherKey()));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_INVALID);
        server.verify(1, getRequestedFor(urlEqualTo("/issuing.crl")));
        server.verify(1, getRequestedFor(urlEqualTo("/root.crl")));
    }

    @Test
    void offlineAStaleCrlAtHandIsStaleAndTheDistributionPointIsNotAsked() {
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.crl(issuing));
        byte[] stale = pki.pki.crl(issuing, new CrlSpec(TestPki.NOW.minus(TestPki.DAY.multipliedBy(10)),
                TestPki.NOW.minus(TestPki.DAY)));

        TrustVerdict verdict = verify(TestPki.offline(root), leaf, List.of(issuing), List.of(pki.crl(root), stale));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_STALE);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aStaleCrlAtHandGivesWayToTheCurrentOneOfTheDistributionPoint() {
        serve("/issuing.crl", pki.crl(issuing));
        byte[] stale = pki.pki.crl(issuing, new CrlSpec(TestPki.NOW.minus(TestPki.DAY.multipliedBy(10)),
                TestPki.NOW.minus(TestPki.DAY)));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of(pki.crl(root), stale));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
        server.verify(1, getRequestedFor(urlEqualTo("/issuing.crl")));
        server.verify(0, getRequestedFor(urlEqualTo("/root.crl")));
    }

    @Test
    void crlsPartitionedByReasonAreFetchedFromEachDistributionPointUntilEveryReasonIsCovered() {
        URI compromise = uri(server.baseUrl() + "/issuing-compromise.crl");
        URI others = uri(server.baseUrl() + "/issuing-other.crl");
        URI spare = uri(server.baseUrl() + "/issuing-spare.crl");
        IssuedCertificate partitioned = pki.leaf("dave@contoso.com", issuing, spec -> spec
                .crlDistributionPoint(compromise).crlDistributionPoint(others).crlDistributionPoint(spare));
        Set<ReasonFlag> compromises = EnumSet.of(ReasonFlag.KEY_COMPROMISE, ReasonFlag.CA_COMPROMISE,
                ReasonFlag.AA_COMPROMISE);
        serve("/root.crl", pki.crl(root));
        serve("/issuing-compromise.crl", pki.pki.crl(issuing, TestPki.freshCrl().distributionPointName(compromise)
                .onlySomeReasons(compromises)));
        serve("/issuing-other.crl", pki.pki.crl(issuing, TestPki.freshCrl().distributionPointName(others)
                .onlySomeReasons(EnumSet.complementOf(EnumSet.copyOf(compromises)))));

        TrustVerdict verdict = verify(online(root), partitioned, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).as("%s", verdict.outcome()).isEqualTo(OutcomeCode.TRUSTED);
        server.verify(1, getRequestedFor(urlEqualTo("/issuing-compromise.crl")));
        server.verify(1, getRequestedFor(urlEqualTo("/issuing-other.crl")));
        server.verify(0, getRequestedFor(urlEqualTo("/issuing-spare.crl")));
    }

    @Test
    void aCrlOfSomeReasonsOnlyWithNoOtherDistributionPointIsOutOfScopeAfterOneFetch() {
        serve("/root.crl", pki.crl(root));
        serve("/issuing.crl", pki.pki.crl(issuing, TestPki.freshCrl().onlySomeReasons(Set.of(ReasonFlag.KEY_COMPROMISE))));

        TrustVerdict verdict = verify(online(root), leaf, List.of(issuing), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_OUT_OF_SCOPE);
        assertThat(verdict.outcome().message()).startsWith("the CRL from " + server.baseUrl() + "/issuing.crl for "
                + "CN=alice@contoso.com,O=Contoso covers some revocation reasons only");
        server.verify(1, getRequestedFor(urlEqualTo("/issuing.crl")));
    }

    private static void serve(String path, byte[] body) {
        server.stubFor(get(path).willReturn(aResponse().withBody(body)));
    }
}
