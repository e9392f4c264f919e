package org.smimeconformance.fakes.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeEndpointTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario();

    @AfterEach
    void close() {
        endpoints.close();
    }

    @Test
    void serves_per_name_and_keeps_a_journal_in_order() throws Exception {
        endpoints.crl().serve("Contoso Root CA", new byte[] {1, 2, 3});
        endpoints.aia().serve("Contoso Root CA", new byte[] {4});

        HttpResponse<byte[]> crl = get(endpoints.crl().address("Contoso Root CA"));
        get(endpoints.aia().address("Contoso Root CA"));
        get(endpoints.crl().address("Contoso Root CA"));

        assertThat(crl.statusCode()).isEqualTo(200);
        assertThat(crl.body()).containsExactly(1, 2, 3);
        assertThat(crl.headers().firstValue("Content-Type")).contains("application/pkix-crl");
        assertThat(endpoints.crl().requests("Contoso Root CA")).isEqualTo(2);
        assertThat(endpoints.aia().requests()).isEqualTo(1);
        assertThat(endpoints.journal()).extracting(JournalEntry::kind)
                .containsExactly(EndpointKind.CRL, EndpointKind.AIA, EndpointKind.CRL);
        assertThat(endpoints.journal().get(0).resource()).isEqualTo("contoso-root-ca.crl");
    }

    @Test
    void scenarios_do_not_see_each_other() throws Exception {
        endpoints.crl().serve("Root", new byte[] {1});
        try (ScenarioEndpoints other = FakeHttpServer.shared().openScenario()) {
            assertThat(get(other.crl().address("Root")).statusCode()).isEqualTo(404);
            assertThat(get(endpoints.crl().address("Root")).statusCode()).isEqualTo(200);
            assertThat(other.crl().requests()).isEqualTo(1);
            assertThat(endpoints.crl().requests()).isEqualTo(1);
        }
    }

    @Test
    void closing_removes_stubs_and_journal() throws Exception {
        URI address = endpoints.crl().address("Root");
        endpoints.crl().serve("Root", new byte[] {1});
        get(address);

        endpoints.close();

        assertThat(endpoints.journal()).isEmpty();
        assertThat(get(address).statusCode()).isEqualTo(404);
    }

    @Test
    void faults_on_demand() throws Exception {
        for (EndpointFault fault : new EndpointFault[] {EndpointFault.NOT_FOUND, EndpointFault.SERVER_ERROR, EndpointFault.GARBAGE}) {
            endpoints.crl().fail(fault.name(), fault);
            endpoints.crl().serve(fault.name(), new byte[] {1});
        }
        endpoints.crl().fail("refused", EndpointFault.CONNECTION_REFUSED);
        endpoints.crl().serve("refused", new byte[] {1});
        endpoints.crl().fail("reset", EndpointFault.CONNECTION_RESET);
        endpoints.crl().serve("reset", new byte[] {1});
        endpoints.crl().fail("slow", EndpointFault.TIMEOUT);
        endpoints.crl().serve("slow", new byte[] {1});

        assertThat(get(endpoints.crl().address("NOT_FOUND")).statusCode()).isEqualTo(404);
        assertThat(get(endpoints.crl().address("SERVER_ERROR")).statusCode()).isEqualTo(500);
        assertThat(new String(get(endpoints.crl().address("GARBAGE")).body())).contains("not what you asked for");
        assertThatThrownBy(() -> get(endpoints.crl().address("refused"))).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> get(endpoints.crl().address("reset"))).isInstanceOf(IOException.class);
        HttpRequest slow = HttpRequest.newBuilder(endpoints.crl().address("slow")).timeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> CLIENT.send(slow, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void faults_that_answer_in_part_or_in_another_way() throws Exception {
        byte[] body = {0x30, 0x03, 0x02, 0x01, 0x01};
        for (EndpointFault fault : new EndpointFault[] {EndpointFault.CONNECTION_RESET_MID_ANSWER, EndpointFault.SLOW_BUT_IN_TIME,
                EndpointFault.REDIRECT_LOOP, EndpointFault.HUGE_ANSWER, EndpointFault.WRONG_CONTENT_TYPE, EndpointFault.NOT_HTTP}) {
            endpoints.crl().serve(fault.name(), body);
            endpoints.crl().fail(fault.name(), fault); // after serving: the answer is replaced
        }

        assertThatThrownBy(() -> get(endpoints.crl().address("CONNECTION_RESET_MID_ANSWER"))).isInstanceOf(IOException.class);
        HttpRequest inTime = HttpRequest.newBuilder(endpoints.crl().address("SLOW_BUT_IN_TIME"))
                .timeout(Duration.ofMillis(1000)).build();
        assertThat(CLIENT.send(inTime, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(body);
        HttpResponse<byte[]> redirect = get(endpoints.crl().address("REDIRECT_LOOP"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).contains(endpoints.crl().address("REDIRECT_LOOP").getPath());
        HttpResponse<byte[]> huge = get(endpoints.crl().address("HUGE_ANSWER"));
        assertThat(huge.body()).hasSize(FakeHttpServer.HUGE_ANSWER_BYTES).startsWith(body);
        HttpResponse<byte[]> labelled = get(endpoints.crl().address("WRONG_CONTENT_TYPE"));
        assertThat(labelled.body()).isEqualTo(body);
        assertThat(labelled.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThatThrownBy(() -> get(endpoints.crl().address("NOT_HTTP"))).isInstanceOf(IOException.class);

        endpoints.crl().mend("HUGE_ANSWER");
        assertThat(get(endpoints.crl().address("HUGE_ANSWER")).body()).isEqualTo(body);
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
