package org.smimeconformance.fakes.intune;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/** The tenant alone, without HTTP: what it holds, what it refuses and why. */
class TenantTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private final Tenant tenant = new Tenant();
    private final EnrolledDevice iphone = new EnrolledDevice("Alice's iPhone", "alice@contoso.com",
            EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT);
    private final EnrolledDevice ipad = new EnrolledDevice("Alice's iPad", "alice@contoso.com",
            EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT);

    @Test
    void a_fresh_tenant_knows_no_device_and_refuses_each_prerequisite_it_lacks() throws Exception {
        assertThat(reason(() -> tenant.enrolled("Alice's iPhone"))).isEqualTo(Tenant.Refusal.Reason.DEVICE_NOT_ENROLLED);
        tenant.enroll(iphone);

        assertThat(tenant.enrolled(" ALICE'S IPHONE ")).isEqualTo(iphone);
        assertThat(reason(() -> tenant.importedFor(iphone))).isEqualTo(Tenant.Refusal.Reason.PFX_CONNECTOR_NOT_INSTALLED);
        assertThat(reason(() -> tenant.requestScepCertificate(iphone, new byte[0])))
                .isEqualTo(Tenant.Refusal.Reason.SCEP_NOT_CONFIGURED);
        assertThat(reason(() -> tenant.issueDerivedCredential(iphone, new byte[0], CertificateRequests.Use.SIGNING)))
                .isEqualTo(Tenant.Refusal.Reason.DERIVED_CREDENTIAL_ISSUER_NOT_CONFIGURED);
        assertThat(tenant.trustedRoots()).isEmpty();
        assertThat(tenant.policies()).isEmpty();
        assertThat(tenant.profiles()).isEmpty();

        tenant.unenroll("alice's iphone");
        assertThat(tenant.enrollment("Alice's iPhone")).isEmpty();
    }

    @Test
    void imports_are_numbered_across_the_tenant_and_groups_are_listed_by_name() throws Exception {
        tenant.pfxConnectorInstalled(true);
        tenant.importCertificate(new ImportedCertificate("bob@contoso.com", new byte[] {1}, "b"));
        tenant.importCertificate(new ImportedCertificate("Alice@Contoso.com", new byte[] {2}, "a"));
        tenant.addMember("S/MIME users", "alice@contoso.com");
        tenant.addMember("All staff", "ALICE@contoso.com");
        tenant.addMember("Sales", "bob@contoso.com");

        assertThat(tenant.importedFor(iphone)).singleElement().satisfies(imported -> {
            assertThat(imported.id()).isEqualTo("imported-2");
            assertThat(imported.certificate().pfx()).containsExactly(2);
        });
        assertThat(tenant.groupsOf("alice@contoso.com")).containsExactly("All staff", "S/MIME users");
        assertThat(tenant.groupsOf("carol@contoso.com")).isEmpty();
    }

    @Test
    void a_scep_request_is_its_devices_and_issued_at_the_first_poll_unless_held() throws Exception {
        Pki pki = new Pki(KeyPool.shared());
        IssuedCertificate ca = pki.selfSigned(CertificateSpec.authority("Contoso Issuing CA",
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365))));
        tenant.scepIssuer(new CertificateIssuer(ca, NOW, NOW.plus(Duration.ofDays(30)), Optional.empty(), Optional.empty()));
        KeyPair keys = ecKeys();

        assertThat(reason(() -> tenant.requestScepCertificate(iphone, "no request".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(Tenant.Refusal.Reason.BAD_CERTIFICATE_REQUEST);
        String id = tenant.requestScepCertificate(iphone, csr(keys));
        tenant.holdScepIssuance(true);

        assertThat(tenant.pollScep(iphone, id)).isEmpty();
        assertThat(reason(() -> tenant.pollScep(ipad, id))).isEqualTo(Tenant.Refusal.Reason.UNKNOWN_SCEP_REQUEST);
        tenant.holdScepIssuance(false);
        X509Certificate issued = tenant.pollScep(iphone, id).orElseThrow();

        assertThat(issued.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(tenant.pollScep(iphone, id)).contains(issued);
        assertThat(tenant.scepIssued("ALICE'S IPHONE")).containsExactly(issued);
        assertThat(tenant.scepIssued("Alice's iPad")).isEmpty();
    }

    /** Something the tenant is asked to do. */
    private interface Asked {
        void run() throws Tenant.Refusal;
    }

    private static Tenant.Refusal.Reason reason(Asked asked) {
        try {
            asked.run();
        } catch (Tenant.Refusal refusal) {
            assertThat(refusal.getMessage()).isNotBlank();
            return refusal.reason();
        }
        throw new AssertionError("not refused");
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
}
