package org.smimeconformance.fakes.intune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

class IntuneTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final String IPHONE = "Alice's iPhone";

    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario();
    private final Intune intune = Intune.on(endpoints);
    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA",
            NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650))));
    private final IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA",
            NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650))), root);

    @AfterEach
    void close() {
        endpoints.close();
    }

    @Test
    void a_device_is_known_once_enrolled_and_every_device_route_answers_404_before() throws Exception {
        HttpResponse<String> unknown = get(device(IPHONE));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(unknown.body()).isEqualTo("{\"error\":{\"code\":\"DeviceNotEnrolled\","
                + "\"message\":\"No device with the id Alice's iPhone is enrolled in Endpoint Manager.\"}}");
        assertThat(errorCode(get(device(IPHONE) + "/trustedRoots"))).isEqualTo("DeviceNotEnrolled");

        intune.enroll(new EnrolledDevice(IPHONE, "alice@contoso.com", EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT));

        JsonNode record = JSON.readTree(get(device(IPHONE)).body());
        assertThat(record.get("id").asText()).isEqualTo(IPHONE);
        assertThat(record.get("userPrincipalName").asText()).isEqualTo("alice@contoso.com");
        assertThat(record.get("operatingSystem").asText()).isEqualTo("iOS");
        assertThat(record.get("enrollmentType").asText()).isEqualTo("iosDeviceEnrollment");
        assertThat(intune.requests(IPHONE)).isEqualTo(3);
        assertThat(endpoints.seen().order()).containsExactly(Service.INTUNE);
    }

    @Test
    void a_fresh_tenant_has_no_prerequisite_and_each_one_appears_as_the_administrator_adds_it() throws Exception {
        enrollAlice();
        assertThat(JSON.readTree(get(device(IPHONE) + "/trustedRoots").body()).get("value")).isEmpty();
        HttpResponse<String> noConnector = get(device(IPHONE) + "/pkcsCertificates");
        assertThat(noConnector.statusCode()).isEqualTo(503);
        assertThat(errorCode(noConnector)).isEqualTo("PfxConnectorNotInstalled");

        intune.deployTrustedRoot(root.der());
        intune.pfxConnectorInstalled(true);
        byte[] pfx = Pki.pkcs12(pki.issue(CertificateSpec.smime("alice@contoso.com", NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35))), issuing), "Hist0ric-2025!".toCharArray());
        intune.importCertificate(new ImportedCertificate("alice@contoso.com", pfx, "Hist0ric-2025!"));
        intune.importCertificate(new ImportedCertificate("bob@contoso.com", new byte[] {1, 2, 3}, "x"));

        assertThat(Base64.getDecoder().decode(JSON.readTree(get(device(IPHONE) + "/trustedRoots").body())
                .get("value").get(0).asText())).isEqualTo(root.der());
        JsonNode imported = JSON.readTree(get(device(IPHONE) + "/pkcsCertificates").body()).get("value");
        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).get("userPrincipalName").asText()).isEqualTo("alice@contoso.com");
        assertThat(Base64.getDecoder().decode(imported.get(0).get("pfxBlob").asText())).isEqualTo(pfx);
        assertThat(imported.get(0).get("pfxPassword").asText()).isEqualTo("Hist0ric-2025!");
    }

    @Test
    void policies_and_profiles_are_served_with_their_targeting_and_groups_per_user() throws Exception {
        enrollAlice();
        intune.addMember("S/MIME users", "Alice@Contoso.com");
        intune.addMember("Sales", "bob@contoso.com");
        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME iOS", AppConfigurationPolicy.IOS)
                .assignedTo("S/MIME users")
                .withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", true)
                .withSmimeCertificateSetting("signingCertificateType", "SCEP"));
        intune.add(new CertificateProfile("Android signing", AppConfigurationPolicy.ANDROID_ENTERPRISE,
                CertificateProfile.SCEP, CertificateProfile.SMIME_SIGNING, List.of("Sales")));

        JsonNode policy = JSON.readTree(get(device(IPHONE) + "/appConfigurationPolicies").body()).get("value").get(0);
        assertThat(policy.get("platform").asText()).isEqualTo("iOS/iPadOS");
        assertThat(policy.get("targetedApp").asText()).isEqualTo("Microsoft Outlook");
        assertThat(policy.get("assignments").get(0).asText()).isEqualTo("S/MIME users");
        assertThat(policy.get("settings").get("com.microsoft.outlook.Mail.SMIMEEnabled").isBoolean()).isTrue();
        assertThat(policy.get("smimeCertificates").get("signingCertificateType").asText()).isEqualTo("SCEP");
        JsonNode profile = JSON.readTree(get(device(IPHONE) + "/certificateProfiles").body()).get("value").get(0);
        assertThat(profile.get("type").asText()).isEqualTo("SCEP");
        assertThat(profile.get("assignments").get(0).asText()).isEqualTo("Sales");
        JsonNode groups = JSON.readTree(get("users/alice@contoso.com/memberOf").body()).get("value");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("displayName").asText()).isEqualTo("S/MIME users");
        assertThat(JSON.readTree(get("users/carol@contoso.com/memberOf").body()).get("value")).isEmpty();
    }

    @Test
    void scep_issues_a_certificate_for_the_key_the_device_made_after_a_poll_and_only_for_that_device() throws Exception {
        enrollAlice();
        intune.enroll(new EnrolledDevice("Alice's iPad", "alice@contoso.com", EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT));
        intune.scepIssuer(new CertificateIssuer(issuing, NOW, NOW.plus(Duration.ofDays(365)),
                Optional.of(URI.create("http://crl.contoso.test/issuing.crl")), Optional.empty()));
        KeyPair keys = ecKeys();
        byte[] request = csr(keys);

        HttpResponse<String> accepted = post(device(IPHONE) + "/scepRequests", request);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("id").asText();
        assertThat(get(device("Alice's iPad") + "/scepRequests/" + id).statusCode()).isEqualTo(404);
        JsonNode issued = JSON.readTree(get(device(IPHONE) + "/scepRequests/" + id).body());

        assertThat(issued.get("status").asText()).isEqualTo("issued");
        X509Certificate certificate = certificate(issued.get("certificate").asText());
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList()).containsExactly("alice@contoso.com");
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        certificate.verify(issuing.keyPair().getPublic());
        assertThat(intune.scepIssued(IPHONE)).containsExactly(certificate);
        assertThat(intune.scepIssued("Alice's iPad")).isEmpty();
        assertThat(intune.received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo(request));
    }

    @Test
    void a_held_scep_request_stays_pending_until_released() throws Exception {
        enrollAlice();
        intune.scepIssuer(new CertificateIssuer(issuing, NOW, NOW.plus(Duration.ofDays(365)), Optional.empty(), Optional.empty()));
        intune.holdScepIssuance();
        String id = JSON.readTree(post(device(IPHONE) + "/scepRequests", csr(ecKeys())).body()).get("id").asText();

        assertThat(JSON.readTree(get(device(IPHONE) + "/scepRequests/" + id).body()).get("status").asText()).isEqualTo("pending");
        intune.releaseScepIssuance();
        assertThat(JSON.readTree(get(device(IPHONE) + "/scepRequests/" + id).body()).get("status").asText()).isEqualTo("issued");
    }

    @Test
    void a_request_that_is_no_certificate_request_or_comes_without_an_issuer_is_refused() throws Exception {
        enrollAlice();
        assertThat(errorCode(post(device(IPHONE) + "/scepRequests", csr(ecKeys())))).isEqualTo("ScepNotConfigured");
        intune.scepIssuer(new CertificateIssuer(issuing, NOW, NOW.plus(Duration.ofDays(365)), Optional.empty(), Optional.empty()));

        HttpResponse<String> garbage = post(device(IPHONE) + "/scepRequests", "not a request".getBytes(StandardCharsets.US_ASCII));

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(errorCode(garbage)).isEqualTo("BadCertificateRequest");
        assertThat(intune.scepIssued(IPHONE)).isEmpty();
    }

    @Test
    void a_derived_credential_is_issued_only_to_a_user_with_a_smart_card() throws Exception {
        enrollAlice();
        intune.derivedCredentialIssuer(new CertificateIssuer(issuing, NOW, NOW.plus(Duration.ofDays(365)),
                Optional.empty(), Optional.empty()));
        KeyPair keys = ecKeys();
        assertThat(errorCode(post(device(IPHONE) + "/derivedCredentials/encryption", csr(keys)))).isEqualTo("NoDerivedCredential");

        intune.offerDerivedCredential("alice@contoso.com");
        HttpResponse<String> issued = post(device(IPHONE) + "/derivedCredentials/encryption", csr(keys));

        assertThat(issued.statusCode()).isEqualTo(200);
        X509Certificate certificate = certificate(JSON.readTree(issued.body()).get("certificate").asText());
        assertThat(certificate.getKeyUsage()[4]).as("keyAgreement for an EC key").isTrue();
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isFalse();
        assertThat(intune.derivedCredentialsIssued(IPHONE)).containsExactly(certificate);
    }

    @Test
    void faults_apply_to_every_route_and_a_refused_connection_changes_the_address() throws Exception {
        enrollAlice();
        intune.fail(EndpointFault.SERVER_ERROR);
        assertThat(get(device(IPHONE)).statusCode()).isEqualTo(500);

        intune.fail(EndpointFault.CONNECTION_REFUSED);
        URI refused = URI.create(intune.address() + "/" + device(IPHONE));
        assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(refused).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
        assertThat(intune.requests()).isEqualTo(1);
    }

    private void enrollAlice() {
        intune.enroll(new EnrolledDevice(IPHONE, "alice@contoso.com", EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT));
    }

    private static String device(String id) {
        return "devices/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(intune.address() + "/" + path))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(intune.address() + "/" + path))
                .header("Content-Type", "application/pkcs10")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String errorCode(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("error").get("code").asText();
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static byte[] csr(KeyPair keys) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=device"), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
    }

    private static X509Certificate certificate(String base64) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }
}
