package org.smimeconformance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

class ReferenceImplementationTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate root = pki.selfSigned(
            CertificateSpec.authority("Root", NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 365)));
    private final IssuedCertificate leaf = pki.issue(
            CertificateSpec.smime("alice@contoso.com", NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30)), root);
    private final World world = new World(Clock.fixed(NOW, ZoneOffset.UTC), List.of(root.der()),
            NetworkSettings.defaults().withOffline(true), Endpoints.none(), Limits.defaults());

    @Test
    void isFoundByServiceLoaderAsReference() {
        Optional<Implementation> found = ServiceLoader.load(Implementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(implementation -> implementation.name().equals("reference"))
                .findFirst();

        assertThat(found).hasValueSatisfying(implementation -> {
            assertThat(implementation).isInstanceOf(ReferenceImplementation.class);
            assertThat(implementation.capabilities()).containsExactlyInAnyOrder(Capability.TRUST,
                    Capability.ADDRESS_MATCHING, Capability.CLIENT_SETTINGS, Capability.MANAGED_CONFIGURATION,
                    Capability.SEND, Capability.VIEW, Capability.LDAP_LOOKUP, Capability.MANUAL_DELIVERY,
                    Capability.AUTOMATED_DELIVERY, Capability.PLATFORM_IOS, Capability.PLATFORM_ANDROID);
        });
    }

    @Test
    void theSameDeviceIdGivesTheSameAppAndAnotherIdAnotherApp() {
        try (MailClient client = new ReferenceImplementation().open(world)) {
            DeviceProfile phone = new DeviceProfile("phone", Platform.IOS, EnrollmentProvider.ENDPOINT_MANAGER,
                    EnrollmentType.IOS_DEVICE_ENROLLMENT);
            DeviceProfile tablet = new DeviceProfile("tablet", Platform.ANDROID, EnrollmentProvider.ENDPOINT_MANAGER,
                    EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE);

            OutlookApp first = client.device(phone);

            assertThat(client.device(phone)).isSameAs(first);
            assertThat(client.device(tablet)).isNotSameAs(first);
            assertThat(client.device(tablet).profile()).isEqualTo(tablet);
            assertThatThrownBy(() -> client.device(new DeviceProfile("phone", Platform.ANDROID,
                    EnrollmentProvider.ENDPOINT_MANAGER, EnrollmentType.ANDROID_DEVICE_ADMINISTRATOR)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone");
        }
    }

    @Test
    void devicesOfTwoClientsShareNothing() {
        Implementation reference = new ReferenceImplementation();
        DeviceProfile phone = new DeviceProfile("phone", Platform.IOS, EnrollmentProvider.ENDPOINT_MANAGER,
                EnrollmentType.IOS_DEVICE_ENROLLMENT);
        OutlookApp inFirst = reference.open(world).device(phone);
        inFirst.addAccount(new Account("alice@contoso.com", List.of()));
        inFirst.settings().setSmimeEnabled("alice@contoso.com", true);

        OutlookApp inSecond = reference.open(world).device(phone);

        assertThat(inSecond).isNotSameAs(inFirst);
        assertThat(inSecond.settings().smimeEnabled("alice@contoso.com")).isFalse();
        assertThat(inSecond.settings().organizeByThread()).isTrue();
    }

    @Test
    void automatedDeliveryIsThereAndWithoutAnEndpointManagerAddressHasNowhereToRetrieveFrom() {
        OutlookApp app = new ReferenceImplementation().open(world).device(new DeviceProfile("phone", Platform.ANDROID,
                EnrollmentProvider.ENDPOINT_MANAGER, EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED));

        assertThat(app.delivery().retrievalState().code()).isEqualTo(OutcomeCode.RETRIEVAL_NOT_STARTED);
        assertThat(app.delivery().startRetrieval(Notification.COMPANY_PORTAL).code()).isEqualTo(OutcomeCode.INTUNE_UNREACHABLE);
        assertThat(app.delivery().retrievalState().code()).isEqualTo(OutcomeCode.INTUNE_UNREACHABLE);
    }

    @Test
    void composingReadingAndTheDeviceLookupAreThere() {
        OutlookApp app = new ReferenceImplementation().open(world).device(new DeviceProfile("phone", Platform.ANDROID,
                EnrollmentProvider.ENDPOINT_MANAGER, EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED));
        app.addAccount(new Account("alice@contoso.com", List.of()));
        Draft draft = new Draft("alice@contoso.com", List.of("bob@contoso.com"), "hello", "body", false, false);

        assertThat(app.composer().send(draft).outcome().code()).isEqualTo(OutcomeCode.SENT);
        assertThat(app.lookup().find("bob@contoso.com").outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_FOUND);
        assertThat(app.reader().open(app.composer().send(draft).mime().orElseThrow()).status().code())
                .isEqualTo(OutcomeCode.NOT_SMIME);
    }

    @Test
    void addressMatchingIsTheContractsJudgement() {
        try (MailClient client = new ReferenceImplementation().open(world)) {
            assertThat(client.addressMatching().judge(leaf.der(), "alice@contoso.com", Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(client.addressMatching().judge(leaf.der(), "bob@contoso.com", Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(client.addressMatching().judge("not a certificate".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    "alice@contoso.com", Purpose.SIGNING).code()).isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
        }
    }

    @Test
    void aVariantSwapsTheAddressMatcherAndKeepsTheRest() {
        Implementation matchesEverything = new ReferenceImplementation("matches-everything", "every certificate is everyone's",
                parts -> parts.withAddressMatcher((certificate, account, purpose) ->
                        Outcome.of(OutcomeCode.ADDRESS_MATCHES, "anything goes"))) { };

        MailClient client = matchesEverything.open(world);

        assertThat(client.addressMatching().judge(leaf.der(), "bob@contoso.com", Purpose.SIGNING).code())
                .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        assertThat(client.trust().verify(CertificateCheck.of(leaf.der(), CertificateUse.SENDER)).outcome().code())
                .isEqualTo(OutcomeCode.CRL_UNREACHABLE);
    }

    @Test
    void aVariantSwapsOnePartAndKeepsTheOthers() {
        byte[] crl = pki.crl(root, new CrlSpec(NOW.minusSeconds(60), NOW.plusSeconds(3600))
                .revoke(leaf.serialNumber(), NOW.minusSeconds(30), 1));
        CertificateCheck check = new CertificateCheck(leaf.der(), List.of(), List.of(crl), CertificateUse.SENDER);

        TrustVerdict reference = new ReferenceImplementation().open(world).trust().verify(check);
        TrustVerdict variant = new IgnoresRevocation().open(world).trust().verify(check);

        assertThat(reference.outcome().code()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(variant.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
        assertThat(new IgnoresRevocation().name()).isEqualTo("ignores-revocation");
    }

    @Test
    void aPartThatThrowsMakesTheCertificateUntrustedNotTheCallFail() {
        Implementation exploding = new ReferenceImplementation("exploding", "a path check that throws",
                parts -> parts.withTrust(trust -> trust.withPathCheck((path, anchor, at) -> {
                    throw new IllegalStateException("boom");
                }))) { };

        TrustVerdict verdict = exploding.open(world).trust().verify(CertificateCheck.of(leaf.der(), CertificateUse.SENDER));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.INVALID_CHAIN);
        assertThat(verdict.outcome().message()).contains("boom");
    }

    /** The shape of a deliberately broken variant, as the mutants module writes them. */
    private static final class IgnoresRevocation extends ReferenceImplementation {
        IgnoresRevocation() {
            super("ignores-revocation", "never queries a CRL",
                    parts -> parts.withTrust(trust -> trust.withRevocationCheck(
                            (path, anchor, at, certificates, crls, source) -> Optional.<Outcome>empty())));
        }
    }
}
