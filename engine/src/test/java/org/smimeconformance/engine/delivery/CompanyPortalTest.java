package org.smimeconformance.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.engine.device.DeviceCertificateStores;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.DecryptionKey;
import org.smimeconformance.engine.mail.MessageForm;
import org.smimeconformance.engine.mail.ReadMessage;
import org.smimeconformance.engine.mail.SmimeReader;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.engine.settings.OutlookSettings;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;
import org.smimeconformance.fakes.intune.CertificateIssuer;
import org.smimeconformance.fakes.intune.CertificateProfile;
import org.smimeconformance.fakes.intune.EnrolledDevice;
import org.smimeconformance.fakes.intune.ImportedCertificate;
import org.smimeconformance.fakes.intune.Intune;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.fakes.mail.SmimeMessageMaker;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;

/** Company Portal against the Intune fake: what arrives, where, and what stops it (AUTO, POL-4..9). */
class CompanyPortalTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final String ALICE = "alice@contoso.com";
    private static final String PASSWORD = "Imp0rted-2026!";

    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario();
    private final Intune intune = Intune.on(endpoints);
    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA",
            NOW.minus(DAY.multipliedBy(3650)), NOW.plus(DAY.multipliedBy(3650))));
    private final IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA",
            NOW.minus(DAY.multipliedBy(3000)), NOW.plus(DAY.multipliedBy(3000))), root);
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1);
    private final World world = new World(Clock.fixed(NOW, ZoneOffset.UTC), List.of(root.der()),
            new NetworkSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), false),
            new Endpoints(null, intune.address()), Limits.defaults());
    private final List<IssuedCertificate> history = new ArrayList<>();

    @AfterEach
    void close() {
        thread.shutdownNow();
        endpoints.close();
    }

    /** One device with Outlook: its stores and settings, and Company Portal on it. */
    private final class Device {
        final DeviceProfile profile;
        final DeviceCertificateStores stores;
        final OutlookSettings settings;
        final CompanyPortal portal;

        Device(String id, Platform platform, EnrollmentProvider provider, EnrollmentType enrollment) {
            profile = new DeviceProfile(id, platform, provider, enrollment);
            stores = new DeviceCertificateStores(platform, new CertificateChooser(new PrimarySmtpAddressMatcher()),
                    world.clock());
            settings = new OutlookSettings(ManagedValueRule.reference(), OrganizeByThreadRule.reference(), platform);
            settings.addAccount(new Account(ALICE, List.of()));
            portal = new CompanyPortal(profile, stores, settings, EnrollmentRule.reference(), world, HTTP, () -> thread);
        }

        Outcome retrieve(Notification notification) {
            portal.startRetrieval(notification);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> portal.retrievalState().code() != OutcomeCode.RETRIEVAL_IN_PROGRESS);
            return portal.retrievalState();
        }

        Outcome retrieve() {
            return retrieve(Notification.COMPANY_PORTAL);
        }
    }

    private Device enrolledIphone(String id) {
        intune.enroll(new EnrolledDevice(id, ALICE, EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT));
        return new Device(id, Platform.IOS, EnrollmentProvider.ENDPOINT_MANAGER, EnrollmentType.IOS_DEVICE_ENROLLMENT);
    }

    private Device enrolledAndroid(String id, EnrollmentType type) {
        intune.enroll(new EnrolledDevice(id, ALICE, EnrolledDevice.ANDROID, EnrolledDevice.ANDROID_ENTERPRISE_WORK_PROFILE));
        return new Device(id, Platform.ANDROID, EnrollmentProvider.ENDPOINT_MANAGER, type);
    }

    /** Every prerequisite in place, two historic encryption certificates and a current one imported for Alice. */
    private void tenantReady() {
        intune.deployTrustedRoot(root.der());
        intune.pfxConnectorInstalled(true);
        intune.scepIssuer(new CertificateIssuer(issuing, NOW.minus(DAY), NOW.plus(DAY.multipliedBy(365)),
                Optional.empty(), Optional.empty()));
        intune.addMember("S/MIME users", ALICE);
        importEncryption(NOW.minus(DAY.multipliedBy(800)), NOW.minus(DAY.multipliedBy(435)));
        importEncryption(NOW.minus(DAY.multipliedBy(435)), NOW.minus(DAY.multipliedBy(70)));
        importEncryption(NOW.minus(DAY.multipliedBy(70)), NOW.plus(DAY.multipliedBy(295)));
    }

    private IssuedCertificate importEncryption(Instant from, Instant until) {
        IssuedCertificate certificate = pki.issue(CertificateSpec.smime(ALICE, from, until)
                .algorithm(KeyAlgorithm.RSA_2048).keyUsage(EnumSet.of(KeyUsageBit.KEY_ENCIPHERMENT)), issuing);
        intune.importCertificate(new ImportedCertificate(ALICE, Pki.pkcs12(certificate, PASSWORD.toCharArray()), PASSWORD));
        history.add(certificate);
        return certificate;
    }

    private void iosPolicy(String signing, String encryption) {
        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS)
                .assignedTo("S/MIME users")
                .withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", true)
                .withSmimeCertificateSetting("signingCertificateType", signing)
                .withSmimeCertificateSetting("encryptionCertificateType", encryption)
                .withSmimeCertificateSetting("endUserNotification", "Company Portal"));
    }

    private static boolean has(DeviceCertificateStores stores, X509Certificate certificate) throws Exception {
        byte[] der = certificate.getEncoded();
        return stores.visibleToOutlook().stream().anyMatch(c -> java.util.Arrays.equals(c.certificate(), der) && c.hasPrivateKey());
    }

    @Test
    void scepSigningAndTheImportedEncryptionHistoryArriveInThePublisherKeychainAndOldMailStillDecrypts() throws Exception {
        tenantReady();
        iosPolicy("SCEP", "PKCS imported certificates");
        Device iphone = enrolledIphone("Alice's iPhone");

        Outcome outcome = iphone.retrieve(Notification.EMAIL);

        assertThat(outcome.code()).as(outcome.message()).isEqualTo(OutcomeCode.CERTIFICATES_DELIVERED);
        assertThat(iphone.stores.all()).hasSize(4).allSatisfy(installed -> {
            assertThat(installed.store()).isEqualTo(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN);
            assertThat(installed.hasPrivateKey()).isTrue();
        });
        for (IssuedCertificate old : history) {
            assertThat(has(iphone.stores, old.certificate())).isTrue();
        }
        X509Certificate scep = intune.scepIssued("Alice's iPhone").get(0);
        assertThat(has(iphone.stores, scep)).isTrue();
        assertThat(iphone.stores.certificateFor(new Account(ALICE, List.of()), Purpose.SIGNING).certificate())
                .hasValueSatisfying(chosen -> assertThat(chosen.certificate()).isEqualTo(encoded(scep)));
        assertThat(iphone.settings.smimeEnabled(ALICE)).isTrue();

        IssuedCertificate oldest = history.get(0);
        byte[] mail = SmimeMessageMaker.message("bob@contoso.com", List.of(ALICE), "2024 figures",
                NOW.minus(DAY.multipliedBy(600)), "The figures of 2024.").encryptedTo(List.of(oldest.certificate())).bytes();
        List<DecryptionKey> keys = new ArrayList<>();
        for (InstalledCertificate installed : iphone.stores.visibleToOutlook()) {
            X509Certificate certificate = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(installed.certificate()));
            iphone.stores.privateKey(installed.id()).ifPresent(key -> keys.add(new DecryptionKey(key, certificate)));
        }
        ReadMessage read = new SmimeReader().read(mail, keys);
        assertThat(read.form()).isEqualTo(MessageForm.ENCRYPTED);
        assertThat(read.text()).hasValueSatisfying(text -> assertThat(text).contains("The figures of 2024."));
    }

    @Test
    void twoDevicesOfOneUserGetTwoSigningCertificatesAndNoPrivateKeyTravels() throws Exception {
        tenantReady();
        iosPolicy("SCEP", "PKCS imported certificates");
        Device iphone = enrolledIphone("Alice's iPhone");
        Device ipad = enrolledIphone("Alice's iPad");

        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.CERTIFICATES_DELIVERED);
        assertThat(ipad.retrieve().code()).isEqualTo(OutcomeCode.CERTIFICATES_DELIVERED);

        X509Certificate onIphone = intune.scepIssued("Alice's iPhone").get(0);
        X509Certificate onIpad = intune.scepIssued("Alice's iPad").get(0);
        assertThat(onIphone.getPublicKey()).isNotEqualTo(onIpad.getPublicKey());
        assertThat(onIphone.getSerialNumber()).isNotEqualTo(onIpad.getSerialNumber());
        assertThat(has(iphone.stores, onIpad)).isFalse();
        for (Device device : List.of(iphone, ipad)) {
            String id = device.stores.visibleToOutlook().stream()
                    .filter(c -> java.util.Arrays.equals(c.certificate(), encoded(intune.scepIssued(device.profile.deviceId()).get(0))))
                    .findFirst().orElseThrow().id();
            String key = HexFormat.of().formatHex(device.stores.privateKey(id).orElseThrow().getEncoded());
            assertThat(intune.received()).allSatisfy(request ->
                    assertThat(HexFormat.of().formatHex(request.body())).doesNotContain(key));
        }
    }

    @Test
    void eachMissingPrerequisiteStopsTheRetrievalWithItsOwnCodeAndChangesNothing() {
        Device iphone = enrolledIphone("Alice's iPhone");
        iosPolicy("SCEP", "PKCS imported certificates");
        intune.addMember("S/MIME users", ALICE);
        intune.scepIssuer(new CertificateIssuer(issuing, NOW, NOW.plus(DAY), Optional.empty(), Optional.empty()));

        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.TRUSTED_ROOTS_NOT_DEPLOYED);
        intune.deployTrustedRoot(root.der());
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.PFX_CONNECTOR_NOT_INSTALLED);
        intune.pfxConnectorInstalled(true);
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.ENCRYPTION_CERTIFICATES_NOT_IMPORTED);
        intune.unenroll("Alice's iPhone");
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.DEVICE_NOT_ENROLLED);
        assertThat(iphone.stores.all()).isEmpty();
        assertThat(iphone.settings.smimeEnabled(ALICE)).isFalse();
    }

    @Test
    void withoutEndpointManagerAsProviderOrOnAnUnsupportedEnrollmentNothingIsAsked() {
        tenantReady();
        iosPolicy("SCEP", "PKCS imported certificates");
        intune.enroll(new EnrolledDevice("Alice's iPhone", ALICE, EnrolledDevice.IOS, EnrolledDevice.IOS_DEVICE_ENROLLMENT));
        List<Device> devices = List.of(
                new Device("Alice's iPhone", Platform.IOS, EnrollmentProvider.OTHER_MDM, EnrollmentType.IOS_DEVICE_ENROLLMENT),
                new Device("Alice's iPad", Platform.IOS, EnrollmentProvider.NONE, EnrollmentType.UNENROLLED),
                new Device("Alice's kiosk", Platform.ANDROID, EnrollmentProvider.ENDPOINT_MANAGER,
                        EnrollmentType.ANDROID_ENTERPRISE_DEDICATED));

        assertThat(devices.stream().map(d -> d.portal.startRetrieval(Notification.COMPANY_PORTAL).code()).toList())
                .containsExactly(OutcomeCode.NOT_MANAGED_BY_ENDPOINT_MANAGER, OutcomeCode.DEVICE_NOT_ENROLLED,
                        OutcomeCode.ENROLLMENT_NOT_SUPPORTED);
        assertThat(devices.get(0).portal.retrievalState().code()).isEqualTo(OutcomeCode.NOT_MANAGED_BY_ENDPOINT_MANAGER);
        assertThat(endpoints.seen().entries(Service.INTUNE)).isEmpty();
    }

    @Test
    void theAndroidEnrollmentsThatSupportDeliveryGetTheirCertificatesThroughTheProfiles() {
        tenantReady();
        intune.add(new CertificateProfile("S/MIME signing", AppConfigurationPolicy.ANDROID_ENTERPRISE,
                CertificateProfile.SCEP, CertificateProfile.SMIME_SIGNING, List.of("S/MIME users")));
        intune.add(new CertificateProfile("S/MIME encryption", AppConfigurationPolicy.ANDROID_ENTERPRISE,
                CertificateProfile.PKCS_IMPORTED, CertificateProfile.SMIME_ENCRYPTION, List.of("S/MIME users")));
        for (EnrollmentType type : EnrollmentRule.ANDROID_SUPPORTED) {
            Device phone = enrolledAndroid("phone " + type, type);

            assertThat(phone.retrieve().code()).isEqualTo(OutcomeCode.CERTIFICATES_DELIVERED);
            assertThat(phone.stores.all()).hasSize(4)
                    .allSatisfy(c -> assertThat(c.store()).isEqualTo(CertificateStore.ANDROID_KEYSTORE));
        }
    }

    @Test
    void onAndroidThePolicyHasNoDeploySwitchAndNoProfileMeansNothingToDeliver() {
        tenantReady();
        Device phone = enrolledAndroid("Alice's phone", EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED);
        intune.add(AppConfigurationPolicy.forOutlook("Outlook Android", AppConfigurationPolicy.ANDROID_ENTERPRISE)
                .assignedTo("S/MIME users").withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", true));

        assertThat(phone.retrieve().code()).isEqualTo(OutcomeCode.POLICY_WRONG_PLATFORM);
        assertThat(phone.settings.smimeEnabled(ALICE)).isFalse();

        intune.add(AppConfigurationPolicy.forOutlook("Outlook Android", AppConfigurationPolicy.ANDROID_ENTERPRISE)
                .assignedTo("S/MIME users").withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true));
        assertThat(phone.retrieve().code()).isEqualTo(OutcomeCode.NOTHING_TO_DELIVER);
        assertThat(phone.settings.smimeEnabled(ALICE)).isTrue();
        assertThat(phone.stores.all()).isEmpty();
    }

    @Test
    void targetingOutsideTheGroupsTheWrongPlatformTheDeploySwitchAndScepForEncryption() {
        tenantReady();
        Device iphone = enrolledIphone("Alice's iPhone");
        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS).assignedTo("Sales")
                .withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", true)
                .withSmimeCertificateSetting("signingCertificateType", "SCEP")
                .withSmimeCertificateSetting("encryptionCertificateType", "PKCS imported certificates"));
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.NO_POLICY_ASSIGNED);

        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.ANDROID_ENTERPRISE)
                .assignedTo("S/MIME users").withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true));
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.POLICY_WRONG_PLATFORM);

        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS).assignedTo("S/MIME users")
                .withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", true)
                .withSmimeCertificateSetting("signingCertificateType", "SCEP")
                .withSmimeCertificateSetting("encryptionCertificateType", "SCEP"));
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.POLICY_INVALID_VALUE);
        assertThat(iphone.settings.smimeEnabled(ALICE)).isFalse();

        intune.add(AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS).assignedTo("S/MIME users")
                .withSetting("com.microsoft.outlook.Mail.SMIMEEnabled", true)
                .withSmimeCertificateSetting("deployFromIntune", false));
        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.NOTHING_TO_DELIVER);
        assertThat(iphone.settings.smimeEnabled(ALICE)).isTrue();
        assertThat(iphone.stores.all()).isEmpty();
    }

    @Test
    void derivedCredentialsAreUsedOnlyOnceRetrievedAndAsConfigured() {
        tenantReady();
        intune.derivedCredentialIssuer(new CertificateIssuer(issuing, NOW.minus(DAY), NOW.plus(DAY.multipliedBy(365)),
                Optional.empty(), Optional.empty()));
        iosPolicy("Derived credentials", "PKCS imported certificates");
        Device iphone = enrolledIphone("Alice's iPhone");

        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.DERIVED_CREDENTIAL_MISSING);
        assertThat(iphone.portal.retrieveDerivedCredential().code()).isEqualTo(OutcomeCode.DERIVED_CREDENTIAL_MISSING);
        intune.offerDerivedCredential(ALICE);
        assertThat(iphone.portal.retrieveDerivedCredential().code()).isEqualTo(OutcomeCode.OK);
        assertThat(iphone.stores.all()).as("held by Company Portal, not yet Outlook's").isEmpty();

        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.CERTIFICATES_DELIVERED);
        List<X509Certificate> derived = intune.derivedCredentialsIssued("Alice's iPhone");
        assertThat(iphone.stores.certificateFor(new Account(ALICE, List.of()), Purpose.SIGNING).certificate())
                .hasValueSatisfying(c -> assertThat(c.certificate()).isEqualTo(encoded(derived.get(0))));
        assertThat(iphone.stores.all()).hasSize(1 + history.size());
    }

    @Test
    void retrievalIsAsynchronousAndAPendingScepRequestIsPolledUntilIssued() {
        tenantReady();
        iosPolicy("SCEP", "PKCS imported certificates");
        Device iphone = enrolledIphone("Alice's iPhone");
        intune.holdScepIssuance();

        assertThat(iphone.portal.startRetrieval(Notification.COMPANY_PORTAL).code()).isEqualTo(OutcomeCode.RETRIEVAL_STARTED);
        await().atMost(Duration.ofSeconds(5)).until(() -> intune.requested().stream().filter(p -> p.contains("scepRequests/")).count() >= 2);
        assertThat(iphone.portal.retrievalState().code()).isEqualTo(OutcomeCode.RETRIEVAL_IN_PROGRESS);
        assertThat(iphone.portal.startRetrieval(Notification.EMAIL).code()).isEqualTo(OutcomeCode.RETRIEVAL_IN_PROGRESS);
        assertThat(iphone.stores.all()).isEmpty();

        intune.releaseScepIssuance();
        await().atMost(Duration.ofSeconds(5)).until(() -> iphone.portal.retrievalState().code() == OutcomeCode.CERTIFICATES_DELIVERED);
        assertThat(iphone.stores.all()).hasSize(4);
    }

    @Test
    void anEndpointManagerThatDoesNotAnswerIsUnreachable() {
        tenantReady();
        iosPolicy("SCEP", "PKCS imported certificates");
        Device iphone = enrolledIphone("Alice's iPhone");
        intune.fail(EndpointFault.SERVER_ERROR);

        assertThat(iphone.retrieve().code()).isEqualTo(OutcomeCode.INTUNE_UNREACHABLE);
        assertThat(iphone.stores.all()).isEmpty();
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
