package org.smimeconformance.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.device.OutlookOnDevice;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.RecipientCertificates;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.directory.DistributionGroup;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The reference engine's two orders, seen from the fakes' journal: a lookup asks the device, then
 * the Global Address List, then LDAP (LDAP-5); a message's recipients are looked up in the Global
 * Address List first, then on the device (SEND-9).
 */
class LookupOrderTest {

    private static final ReferenceImplementation REFERENCE = new ReferenceImplementation();
    private static final String LDAP_HOST_NAME = "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName";

    private final DirectoryWorld directory = new DirectoryWorld();
    private MailClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        directory.close();
    }

    private OutlookApp outlook(boolean withLdapEndpoint) {
        client = REFERENCE.open(directory.world());
        OutlookApp app = client.device(new DeviceProfile("phone", Platform.ANDROID, EnrollmentProvider.NONE,
                EnrollmentType.UNENROLLED));
        if (withLdapEndpoint) {
            assertThat(app.settings().applyManagedConfiguration(ManagedConfiguration.of(Map.of(LDAP_HOST_NAME,
                    "ldap://" + directory.ldap.host() + ":" + directory.ldap.ldapPort()))).outcome().isSuccess()).isTrue();
        }
        return app;
    }

    private List<Service> directoriesAsked() {
        return directory.journal.order().stream()
                .filter(service -> service == Service.GLOBAL_ADDRESS_LIST || service == Service.LDAP).toList();
    }

    @Test
    void aCertificateOnTheDeviceEndsTheLookupBeforeAnyDirectoryIsAsked() {
        IssuedCertificate onDevice = directory.leaf("bob@contoso.com");
        directory.gal.add(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));
        OutlookApp app = outlook(true);
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, onDevice.der());

        LookupResult found = app.lookup().find("bob@contoso.com");

        assertThat(found.outcome().code()).as(found.outcome().message()).isEqualTo(OutcomeCode.CERT_FOUND);
        assertThat(found.source()).contains(LookupSource.DEVICE);
        assertThat(found.certificate()).hasValueSatisfying(der -> assertThat(der).isEqualTo(onDevice.der()));
        assertThat(directoriesAsked()).isEmpty();
    }

    @Test
    void theGlobalAddressListComesBeforeLdapAndAHitThereEndsTheLookup() {
        IssuedCertificate inGal = directory.leaf("bob@contoso.com");
        directory.gal.add(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(inGal.der()));
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));

        LookupResult found = outlook(true).lookup().find("bob@contoso.com");

        assertThat(found.source()).as(found.outcome().message()).contains(LookupSource.GLOBAL_ADDRESS_LIST);
        assertThat(found.certificate()).hasValueSatisfying(der -> assertThat(der).isEqualTo(inGal.der()));
        assertThat(directoriesAsked()).containsExactly(Service.GLOBAL_ADDRESS_LIST);
    }

    @Test
    void ldapIsAskedLastAndItsRevokedCertificateIsNotReturned() {
        IssuedCertificate revoked = directory.leaf("bob@contoso.com");
        directory.revoke(revoked);
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(revoked.der()));

        LookupResult found = outlook(true).lookup().find("bob@contoso.com");

        assertThat(found.outcome().code()).as(found.outcome().message()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(found.certificate()).isEmpty();
        assertThat(directoriesAsked()).containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP);
    }

    @Test
    void anUntrustedLdapCertificateIsSkippedForATrustedOneBesideIt() {
        IssuedCertificate trusted = directory.leaf("bob@contoso.com");
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob")
                .withUserSmimeCertificate(directory.untrustedLeaf("bob@contoso.com").der())
                .withUserCertificate(trusted.der()));

        LookupResult found = outlook(true).lookup().find("bob@contoso.com");

        assertThat(found.source()).as(found.outcome().message()).contains(LookupSource.LDAP);
        assertThat(found.certificate()).hasValueSatisfying(der -> assertThat(der).isEqualTo(trusted.der()));
    }

    @Test
    void withoutAnEndpointInThePolicyLdapIsNeverAsked() {
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));

        LookupResult found = outlook(false).lookup().find("bob@contoso.com");

        assertThat(found.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_FOUND);
        assertThat(directory.journal.entries(Service.LDAP)).isEmpty();
    }

    @Test
    void forRecipientsTheGlobalAddressListComesBeforeTheDevice() {
        IssuedCertificate inGal = directory.leaf("bob@contoso.com");
        IssuedCertificate onDevice = directory.leaf("bob@contoso.com");
        directory.gal.add(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(inGal.der()));
        directory.gal.add(DistributionGroup.of("team@contoso.com", "Team", List.of("bob@contoso.com", "carol@contoso.com")));
        OutlookApp app = outlook(false);
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, onDevice.der());
        RecipientCertificates recipients = directoryRecipients(app);

        RecipientCertificates.Evaluation evaluation = recipients.evaluate(List.of("team@contoso.com", "Bob@Contoso.com"));

        assertThat(evaluation.refusal()).isEmpty();
        assertThat(evaluation.people()).extracting(RecipientCertificates.Person::address)
                .containsExactly("bob@contoso.com", "carol@contoso.com");
        assertThat(evaluation.people().get(0).certificate().certificate())
                .hasValueSatisfying(der -> assertThat(der).isEqualTo(inGal.der()));
        assertThat(evaluation.people().get(1).certificate().outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_FOUND);
    }

    /** The recipient evaluation the reference composer uses, over the same device's stores. */
    private RecipientCertificates directoryRecipients(OutlookApp app) {
        OutlookOnDevice device = (OutlookOnDevice) app;
        World world = directory.world();
        return new Directories(world, DirectoryWorld.fetcher(world), client.trust(), DirectoryParts.reference())
                .recipients(new DeviceSource(device.stores(), id -> List.of(), new PrimarySmtpAddressMatcher(), world.clock()),
                        device.settings()::ldapEndpoint);
    }
}
