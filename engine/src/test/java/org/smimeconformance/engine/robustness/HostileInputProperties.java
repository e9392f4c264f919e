package org.smimeconformance.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.engine.device.Pkcs12File;
import org.smimeconformance.engine.directory.GlobalAddressListClient;
import org.smimeconformance.engine.mail.MessageFailure;
import org.smimeconformance.engine.mail.SigningKey;
import org.smimeconformance.engine.mail.SmimeReader;
import org.smimeconformance.engine.mail.SmimeWriter;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.engine.settings.LdapEndpointParser;
import org.smimeconformance.engine.settings.ManagedConfigurationReader;
import org.smimeconformance.engine.trust.CertificateReader;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/**
 * Every parser of outside input meets hostile input: random bytes, and valid inputs with bytes
 * flipped, cut short or repeated. Each must end in its documented answer (an empty result, an
 * outcome, a checked exception naming the problem) within a bound, never in an unexpected
 * exception or a hang. Seeds are fixed so that every build tries the same inputs (the counts are
 * listed in {@code engine/README.md}); {@code mvn -Pfuzz} runs them as a fuzzing campaign with
 * random seeds and many more tries ({@link FuzzingCampaign}).
 */
@AddLifecycleHook(FuzzingCampaign.class)
class HostileInputProperties {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final HttpClients CLIENTS = new HttpClients();

    private static byte[] certificate;
    private static byte[] crl;
    private static byte[] pkcs12;
    private static byte[] message;
    private static byte[] certsOnly;
    private static byte[] galUser;
    private static byte[] galMembers;
    private static WireMockServer gal;

    @BeforeContainer
    static void mintValidInputs() throws Exception {
        Pki pki = new Pki(KeyPool.shared());
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", AT.minusSeconds(86_400), AT.plusSeconds(86_400)));
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", AT.minusSeconds(86_400),
                AT.plusSeconds(86_400)), root);
        certificate = alice.der();
        certsOnly = Pki.certsOnly(List.of(root.certificate(), alice.certificate()));
        String base64 = java.util.Base64.getEncoder().encodeToString(certificate);
        galUser = ("{\"@odata.type\":\"#microsoft.graph.user\",\"mail\":\"alice@contoso.com\",\"displayName\":\"Alice\","
                + "\"proxyAddresses\":[\"SMTP:alice@contoso.com\"],\"userSMIMECertificate\":[\"" + base64 + "\"],"
                + "\"userCertificate\":[]}").getBytes(StandardCharsets.UTF_8);
        galMembers = ("{\"value\":[{\"@odata.type\":\"#microsoft.graph.user\",\"mail\":\"alice@contoso.com\","
                + "\"userCertificate\":[\"" + base64 + "\"]},{\"@odata.type\":\"#microsoft.graph.group\","
                + "\"mail\":\"sales@contoso.com\"}],\"@odata.nextLink\":\"http://127.0.0.1:1/gal/groups/x/members\"}")
                .getBytes(StandardCharsets.UTF_8);
        gal = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .jettyAcceptors(1).containerThreads(8).disableRequestJournal());
        gal.start();
        crl = pki.crl(root, new CrlSpec(AT.minusSeconds(3_600), AT.plusSeconds(3_600)).revoke(alice.serialNumber(), AT, 1));
        pkcs12 = Pkcs12File.write(alice.keyPair().getPrivate(), List.of(alice.certificate(), root.certificate()),
                "secret".toCharArray());
        SmimeWriter writer = new SmimeWriter();
        message = writer.message("alice@contoso.com", List.of("bob@contoso.com"), "Hello",
                writer.clearSign(writer.text("Hello Bob"), new SigningKey(alice.keyPair().getPrivate(), alice.certificate(), List.of()), AT),
                AT);
    }

    @Property(tries = 300, seed = "20261129")
    void certificates_and_crls_are_read_or_refused(@ForAll("hostileCertificatesAndCrls") byte[] input) {
        CertificateReader reader = new CertificateReader();
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(reader.certificates(input)).isNotNull();
            assertThat(reader.crl(input)).isNotNull();
        });
    }

    @Property(tries = 200, seed = "1129")
    void pkcs12_files_open_or_say_why(@ForAll("hostilePkcs12") byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                assertThat(Pkcs12File.read(input, "secret".toCharArray()).certificates()).isNotNull();
            } catch (Pkcs12File.Unreadable expected) {
                assertThat(expected.code()).isNotNull();
            }
        });
    }

    @Property(tries = 200, seed = "5280")
    void messages_are_read_or_refused(@ForAll("hostileMessages") byte[] input) {
        SmimeReader reader = new SmimeReader();
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                assertThat(reader.read(input, List.of()).form()).isNotNull();
            } catch (MessageFailure expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Property(tries = 500, seed = "5652")
    void ldap_endpoint_values_resolve_or_are_refused(@ForAll("ldapValues") String value) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                LdapEndpoint endpoint = LdapEndpointParser.parse(value);
                assertThat(endpoint.scheme()).isIn("ldap", "ldaps");
                assertThat(endpoint.port()).isBetween(1, 65_535);
                assertThat(endpoint.host()).isNotBlank().doesNotContainAnyWhitespaces();
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Property(tries = 300, seed = "9598")
    void policies_of_any_shape_are_judged(@ForAll("policies") Map<String, Object> values) {
        assertTimeoutPreemptively(BOUND, () ->
                assertThat(new ManagedConfigurationReader().read(ManagedConfiguration.of(values))).isNotNull());
    }

    @Property(tries = 150, seed = "2046")
    void global_address_list_answers_of_any_shape_are_judged(@ForAll("hostileGalAnswers") byte[] body) {
        gal.resetMappings();
        gal.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        NetworkSettings network = new NetworkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), false);
        GlobalAddressListClient client = new GlobalAddressListClient(
                Optional.of(URI.create("http://127.0.0.1:" + gal.port() + "/gal")),
                new HttpFetcher(CLIENTS.forConnectTimeout(network.connectTimeout()), network, 1 << 20));
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(client.user("alice@contoso.com").kind()).isNotNull();
            assertThat(client.recipient("alice@contoso.com").kind()).isNotNull();
            assertThat(client.members("sales@contoso.com", 50).kind()).isNotNull();
        });
    }

    @AfterContainer
    static void stopGal() {
        gal.stop();
    }

    @Property(tries = 100, seed = "8551")
    void random_bytes_are_never_more_than_refused(@ForAll @Size(max = 2048) byte[] input) {
        certificates_and_crls_are_read_or_refused(input);
        pkcs12_files_open_or_say_why(input);
        messages_are_read_or_refused(input);
    }

    @Provide
    Arbitrary<byte[]> hostileCertificatesAndCrls() {
        return Arbitraries.oneOf(mutationsOf(() -> certificate), mutationsOf(() -> crl),
                mutationsOf(() -> pem("CERTIFICATE", certificate)), mutationsOf(() -> pem("X509 CRL", crl)),
                mutationsOf(() -> certsOnly), mutationsOf(() -> pem("PKCS7", certsOnly)));
    }

    @Provide
    Arbitrary<byte[]> hostileGalAnswers() {
        return Arbitraries.oneOf(mutationsOf(() -> galUser), mutationsOf(() -> galMembers),
                Arbitraries.strings().ofMaxLength(200).map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> hostilePkcs12() {
        return mutationsOf(() -> pkcs12);
    }

    @Provide
    Arbitrary<byte[]> hostileMessages() {
        return mutationsOf(() -> message);
    }

    @Provide
    Arbitrary<String> ldapValues() {
        Arbitrary<String> documented = Arbitraries.of("ldaps://contoso.com", "ldap://contoso.com", "ldap://contoso.com:389",
                "ldaps://contoso.com:636", "contoso.com", "contoso.com:389", "contoso.com:636");
        Arbitrary<String> pieces = Arbitraries.of("ldap", "ldaps", "http", "://", ":", "/", "?", "#", "@", "[", "]",
                "contoso.com", "::1", "0", "65535", "65536", "-1", " ", "\t", "..", "xn--mller-kva", "münchen", "%00", "");
        Arbitrary<String> assembled = pieces.list().ofMaxSize(8).map(list -> String.join("", list));
        return Arbitraries.oneOf(documented, assembled, Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<Map<String, Object>> policies() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(ManagedConfigurationReader.KEYS),
                Arbitraries.strings().ofMaxLength(60));
        Arbitrary<Object> values = Arbitraries.oneOf(Arbitraries.of(true, false), Arbitraries.of("true", "FALSE", "yes", "1", ""),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.just(List.of("a", 1)), Arbitraries.just(new HashMap<>()));
        return Arbitraries.maps(keys, values).ofMaxSize(9);
    }

    /** The input, or a copy with a few bytes flipped, cut short, or a run of it repeated. */
    private static Arbitrary<byte[]> mutationsOf(java.util.function.Supplier<byte[]> valid) {
        return Arbitraries.longs().map(seed -> {
            byte[] original = valid.get();
            Random random = new Random(seed);
            return switch (random.nextInt(4)) {
                case 0 -> flip(original, random);
                case 1 -> java.util.Arrays.copyOf(original, random.nextInt(original.length));
                case 2 -> repeat(original, random);
                default -> original.clone();
            };
        });
    }

    private static byte[] flip(byte[] original, Random random) {
        byte[] copy = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private static byte[] repeat(byte[] original, Random random) {
        int from = random.nextInt(original.length);
        int length = Math.min(original.length - from, 1 + random.nextInt(64));
        int times = 1 + random.nextInt(50);
        byte[] copy = java.util.Arrays.copyOf(original, original.length + length * times);
        for (int i = 0; i < times; i++) {
            System.arraycopy(original, from, copy, original.length + i * length, length);
        }
        return copy;
    }

    private static byte[] pem(String type, byte[] der) {
        return org.smimeconformance.fakes.pki.Pem.encode(type, der).getBytes(StandardCharsets.US_ASCII);
    }
}
