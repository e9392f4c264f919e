package org.smimeconformance.steps.world;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;
import org.smimeconformance.fakes.intune.CertificateIssuer;
import org.smimeconformance.fakes.intune.CertificateProfile;
import org.smimeconformance.fakes.intune.EnrolledDevice;
import org.smimeconformance.fakes.intune.ImportedCertificate;
import org.smimeconformance.fakes.intune.Intune;

/**
 * Microsoft Endpoint Manager of the scenario as its administrator set it up (the Intune fake on the
 * scenario's endpoints): devices enrolled, Azure AD groups, app configuration policies and
 * certificate profiles, trusted roots deployed, certificates imported, the PFX connector, the
 * certification authorities behind SCEP and derived credentials.
 *
 * <p>What needs a minted certificate (a root to deploy, a certificate to import, a CA to issue) is
 * only noted when the step says it, and handed to the fake by {@link #publish()}, which
 * {@link ImplementationUnderTest} calls before Outlook (and so Company Portal) is asked anything,
 * so that "Given" steps may come in any order around the declarations of the scenario's PKI. One per scenario; not thread-safe.
 */
public final class EndpointManager {

    /** The password the administrator's imported PKCS#12 files are protected with. */
    private static final String IMPORT_PASSWORD = "Imp0rted-by-the-Admin!";

    /** How long the certificates Endpoint Manager issues are valid, from the scenario's instant. */
    private static final Duration ISSUED_VALIDITY = Duration.ofDays(365);

    private final FakeEndpoints endpoints;
    private final ScenarioPki pki;
    private final ScenarioClock clock;
    private final List<Runnable> pending = new ArrayList<>();

    public EndpointManager(FakeEndpoints endpoints, ScenarioPki pki, ScenarioClock clock) {
        this.endpoints = endpoints;
        this.pki = pki;
        this.clock = clock;
    }

    /** Every request Endpoint Manager received whose body carries the private key, by method and path. */
    public List<String> requestsCarrying(ExportedPrivateKey key) {
        return intune().received().stream().filter(request -> key.isIn(request.body()))
                .map(request -> request.method() + " " + request.path()).toList();
    }

    /** The fake itself, for what the scenario asks about what it saw. */
    public Intune intune() {
        return endpoints.intune();
    }

    /** A trusted certificate profile deploys the root to every enrolled device (AUTO-8). */
    public void deployTrustedRoot(String ca) {
        later(() -> intune().deployTrustedRoot(pki.issued(ca).der()));
    }

    public void pfxConnectorInstalled(boolean installed) {
        intune().pfxConnectorInstalled(installed);
    }

    /** The administrator imports the named certificate with its private key for the user (PKCS imported). */
    public void importCertificate(String certificate, String userPrincipalName) {
        later(() -> intune().importCertificate(new ImportedCertificate(userPrincipalName,
                pki.pkcs12(certificate, IMPORT_PASSWORD), IMPORT_PASSWORD)));
    }

    /** The CA issues the certificates of SCEP requests, valid for a year from the scenario's instant. */
    public void scepIssuer(String ca) {
        later(() -> intune().scepIssuer(issuer(ca)));
    }

    /** The CA issues derived credentials, valid for a year from the scenario's instant. */
    public void derivedCredentialIssuer(String ca) {
        later(() -> intune().derivedCredentialIssuer(issuer(ca)));
    }

    public void offerDerivedCredential(String userPrincipalName) {
        intune().offerDerivedCredential(userPrincipalName);
    }

    public void addMember(String group, String userPrincipalName) {
        intune().addMember(group, userPrincipalName);
    }

    /** An Outlook app configuration policy for the platform, assigned to the group, with the settings made in the designer. */
    public void addPolicy(String platform, String name, String group, List<DesignerSetting> settings) {
        AppConfigurationPolicy policy = AppConfigurationPolicy.forOutlook(name, platform).assignedTo(group);
        for (DesignerSetting setting : settings) {
            policy = setting.applyTo(policy);
        }
        intune().add(policy);
    }

    /** A certificate profile of the type (SCEP, PKCS imported) and intended purpose, on the platform, assigned to the group. */
    public void addProfile(String type, String purpose, String platform, String group) {
        intune().add(new CertificateProfile(type + " " + purpose + " (" + platform + ")", platform, type, purpose,
                List.of(group)));
    }

    /** Endpoint Manager records the device as enrolled for the user. */
    public void enroll(DeviceProfile device, String userPrincipalName) {
        intune().enroll(new EnrolledDevice(device.deviceId(), userPrincipalName,
                device.platform() == Platform.IOS ? EnrolledDevice.IOS : EnrolledDevice.ANDROID,
                enrollmentType(device.enrollment())));
    }

    public void unenroll(DeviceName device) {
        intune().unenroll(device.id());
    }

    public void fail(EndpointFault fault) {
        intune().fail(fault);
    }

    public void holdScepIssuance() {
        intune().holdScepIssuance();
    }

    public void releaseScepIssuance() {
        intune().releaseScepIssuance();
    }

    /** Hands the fake everything noted so far that it does not have yet; for {@link ImplementationUnderTest} only. */
    void publish() {
        List<Runnable> now = List.copyOf(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    /**
     * The scenario's name for a certificate Endpoint Manager issued, or the scenario minted:
     * {@code the SCEP certificate of Alice's iPhone}, {@code the derived signing credential of
     * Alice's iPhone}, {@code the derived encryption credential of ...}, or the PKI's name.
     */
    public Optional<String> nameOf(byte[] der, List<DeviceName> devices) {
        Optional<String> minted = pki.nameOf(der);
        if (minted.isPresent()) {
            return minted;
        }
        for (DeviceName device : devices) {
            if (contains(intune().scepIssued(device.id()), der)) {
                return Optional.of("the SCEP certificate of " + device);
            }
            List<X509Certificate> derived = intune().derivedCredentialsIssued(device.id());
            for (int i = 0; i < derived.size(); i++) {
                if (Arrays.equals(der(derived.get(i)), der)) {
                    return Optional.of("the derived " + (i % 2 == 0 ? "signing" : "encryption") + " credential of " + device);
                }
            }
        }
        return Optional.empty();
    }

    private CertificateIssuer issuer(String ca) {
        return new CertificateIssuer(pki.issued(ca), clock.now(), clock.now().plus(ISSUED_VALIDITY),
                Optional.of(endpoints.crl().address(ca)), Optional.of(endpoints.aia().address(ca)));
    }

    private void later(Runnable action) {
        pending.add(action);
    }

    private static String enrollmentType(EnrollmentType type) {
        return switch (type) {
            case IOS_DEVICE_ENROLLMENT -> EnrolledDevice.IOS_DEVICE_ENROLLMENT;
            case ANDROID_DEVICE_ADMINISTRATOR -> EnrolledDevice.ANDROID_DEVICE_ADMINISTRATOR;
            case ANDROID_ENTERPRISE_WORK_PROFILE -> EnrolledDevice.ANDROID_ENTERPRISE_WORK_PROFILE;
            case ANDROID_ENTERPRISE_FULLY_MANAGED -> EnrolledDevice.ANDROID_ENTERPRISE_FULLY_MANAGED;
            case ANDROID_ENTERPRISE_DEDICATED -> EnrolledDevice.ANDROID_ENTERPRISE_DEDICATED;
            case UNENROLLED -> "unenrolled";
        };
    }

    private static boolean contains(List<X509Certificate> certificates, byte[] der) {
        return certificates.stream().anyMatch(certificate -> Arrays.equals(der(certificate), der));
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("an issued certificate cannot be encoded", e);
        }
    }
}
