package org.smimeconformance.engine.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.NetworkSettings;

import com.github.tomakehurst.wiremock.WireMockServer;

class HttpFetcherTest {

    private static final int LIMIT = 1024;
    private static final NetworkSettings NETWORK =
            new NetworkSettings(Duration.ofMillis(1000), Duration.ofMillis(1000), false);
    private static final HttpClients CLIENTS = new HttpClients();
    private static WireMockServer server;

    private final HttpFetcher fetcher = new HttpFetcher(CLIENTS.forConnectTimeout(NETWORK.connectTimeout()), NETWORK, LIMIT);

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
    void reset() {
        server.resetAll();
    }

    @Test
    void answerOfA2xxIsItsBody() {
        server.stubFor(get("/ok.crl").willReturn(aResponse().withStatus(200).withBody(new byte[] {1, 2, 3})));

        Fetched<byte[]> answer = fetcher.get(address("/ok.crl"));

        assertThat(answer.ok()).isTrue();
        assertThat(answer.value()).containsExactly(1, 2, 3);
    }

    @Test
    void anAnswerOfAnyStatusComesWithItsStatusAndBoundedBody() {
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody(new byte[] {4, 0, 4})));
        byte[] huge = new byte[LIMIT * 64];
        server.stubFor(get("/huge-404").willReturn(aResponse().withStatus(404).withBody(huge)));

        Fetched<HttpFetcher.Answer> missing = fetcher.answer(address("/missing"));

        assertThat(missing.value().status()).isEqualTo(404);
        assertThat(missing.value().body()).containsExactly(4, 0, 4);
        assertThat(fetcher.answer(address("/huge-404")).failure()).contains("answer larger than 1024 bytes");
        assertThat(fetcher.get(address("/missing")).failure()).contains("HTTP 404");
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() {
        server.stubFor(get("/edge").willReturn(aResponse().withBody(new byte[LIMIT])));

        assertThat(fetcher.get(address("/edge")).value()).hasSize(LIMIT);
    }

    @Test
    void bodyLargerThanTheLimitIsRefused() {
        byte[] huge = new byte[LIMIT * 64];
        Arrays.fill(huge, (byte) 'x');
        server.stubFor(get("/huge").willReturn(aResponse().withBody(huge)));

        assertThat(fetcher.get(address("/huge")).failure()).contains("answer larger than 1024 bytes");
    }

    @Test
    void slowAnswerTimesOutAtTheRequestTimeout() {
        server.stubFor(get("/slow").willReturn(aResponse().withBody(new byte[] {1}).withFixedDelay(3000)));

        assertThat(fetcher.get(address("/slow")).failure()).contains("timed out after 1000 ms");
    }

    @Test
    void errorStatusIsReportedAndItsBodyIgnored() {
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody("not here")));
        server.stubFor(get("/broken").willReturn(aResponse().withStatus(500)));

        assertThat(fetcher.get(address("/missing")).failure()).contains("HTTP 404");
        assertThat(fetcher.get(address("/broken")).failure()).contains("HTTP 500");
    }

    @Test
    void aRedirectIsFollowedToTheAnswer() {
        server.stubFor(get("/ok.crl").willReturn(aResponse().withStatus(200).withBody(new byte[] {7})));
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(301).withHeader("Location", "/ok.crl")));

        assertThat(fetcher.get(address("/moved")).value()).containsExactly(7);
    }

    @Test
    void aRedirectLoopEndsAfterTheLastRedirectAllowed() {
        server.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));

        assertThat(fetcher.get(address("/loop")).failure()).contains("more than 5 redirects");
        assertThat(fetcher.answer(address("/loop")).failure()).contains("more than 5 redirects");
        server.verify(2 * 6, getRequestedFor(urlEqualTo("/loop")));
    }

    @Test
    void noRedirectIsFollowedWhenNoneIsAllowed() {
        HttpFetcher strict = new HttpFetcher(CLIENTS.forConnectTimeout(NETWORK.connectTimeout()), NETWORK, LIMIT, 0);
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "/ok.crl")));

        assertThat(strict.get(address("/moved")).failure().orElseThrow()).contains("redirects are not followed");
        server.verify(0, getRequestedFor(urlEqualTo("/ok.crl")));
    }

    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        server.stubFor(get("/to-ldap").willReturn(aResponse().withStatus(302).withHeader("Location", "ldap://directory.contoso.test/")));
        server.stubFor(get("/to-file").willReturn(aResponse().withStatus(307).withHeader("Location", "file:///etc/passwd")));

        assertThat(fetcher.get(address("/to-ldap")).failure().orElseThrow()).contains("only http and https are fetched, not ldap");
        assertThat(fetcher.get(address("/to-file")).failure().orElseThrow()).contains("only http and https are fetched, not file");
    }

    @Test
    void aRedirectWithoutLocationIsItsStatus() {
        server.stubFor(get("/nowhere").willReturn(aResponse().withStatus(302)));

        assertThat(fetcher.get(address("/nowhere")).failure()).contains("HTTP 302");
    }

    @Test
    void anAnswerCutShortHalfwayIsAFailure() {
        server.stubFor(get("/cut").willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK)));
        server.stubFor(get("/noise").willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE)));

        assertThat(fetcher.get(address("/cut")).ok()).isFalse();
        assertThat(fetcher.get(address("/noise")).ok()).isFalse();
    }

    @Test
    void theContentTypeDoesNotMatterOnlyTheBytes() {
        server.stubFor(get("/labelled").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody(new byte[] {1, 2})));

        assertThat(fetcher.get(address("/labelled")).value()).containsExactly(1, 2);
    }

    @Test
    void aSlowAnswerWithinTheTimeoutArrives() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(50).withBody(new byte[] {3})));

        assertThat(fetcher.get(address("/slow")).value()).containsExactly(3);
    }

    @Test
    void theFetchAfterAFaultIsAnsweredNormally() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody(new byte[] {3})));
        server.stubFor(get("/cut").willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK)));
        server.stubFor(get("/huge").willReturn(aResponse().withStatus(200).withBody(new byte[LIMIT * 4])));
        server.stubFor(get("/ok.crl").willReturn(aResponse().withStatus(200).withBody(new byte[] {1})));

        for (String fault : new String[] {"/slow", "/cut", "/huge"}) {
            assertThat(fetcher.get(address(fault)).ok()).as(fault).isFalse();
            assertThat(fetcher.get(address("/ok.crl")).value()).as("after " + fault).containsExactly(1);
        }
    }

    @Test
    void schemesOtherThanHttpAreRefusedWithoutTrying() {
        assertThat(fetcher.get(URI.create("file:///etc/passwd")).failure())
                .contains("only http and https are fetched, not file");
        assertThat(fetcher.get(URI.create("ldap://directory.contoso.test/cn=CA")).failure())
                .contains("only http and https are fetched, not ldap");
    }

    @Test
    void offlineFetchesNothing() {
        server.stubFor(get("/ok.crl").willReturn(aResponse().withBody(new byte[] {1})));
        HttpFetcher offline = new HttpFetcher(CLIENTS.forConnectTimeout(NETWORK.connectTimeout()),
                NETWORK.withOffline(true), LIMIT);

        assertThat(offline.get(address("/ok.crl")).failure()).contains("offline");
        server.verify(0, getRequestedFor(urlEqualTo("/ok.crl")));
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThat(fetcher.get(URI.create("http://127.0.0.1:" + port + "/x.crl")).failure())
                .contains("connection refused");
    }

    @Test
    void interruptedCallerGetsAReasonAndKeepsItsInterrupt() {
        server.stubFor(get("/slow").willReturn(aResponse().withBody(new byte[] {1}).withFixedDelay(3000)));
        Thread.currentThread().interrupt();
        try {
            assertThat(fetcher.get(address("/slow")).failure()).contains("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void oneClientPerConnectTimeout() {
        HttpClients clients = new HttpClients();

        assertThat(clients.forConnectTimeout(Duration.ofSeconds(1))).isSameAs(clients.forConnectTimeout(Duration.ofMillis(1000)));
        assertThat(clients.forConnectTimeout(Duration.ofSeconds(1))).isNotSameAs(clients.forConnectTimeout(Duration.ofSeconds(2)));
    }

    private static URI address(String path) {
        return URI.create(server.baseUrl() + path);
    }
}
