package org.smimeconformance.steps.world;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;

/**
 * The one device of a scenario with Outlook installed on it, and the account profiles set up in
 * the app.
 *
 * <p>The app is opened when first asked anything, with every account declared so far; an account
 * declared later is set up the next time it is asked. Unless the scenario enrolls it
 * ({@link #enroll}), the device is not enrolled in any device management: certificates reach it as
 * a user installs them (a PKCS#12 file mailed to them, or a public certificate). One per scenario;
 * not thread-safe.
 */
public final class OutlookDevice {

    /** The password that protects the PKCS#12 files the scenario mints for its users. */
    private static final String PKCS12_PASSWORD = "C0ntoso-S/MIME-2026!";

    private final ImplementationUnderTest implementation;
    private final ScenarioPki pki;
    private final AccountProfiles accounts;
    private final OutlookAnswers answers;

    private DeviceName name;
    private DeviceProfile profile;
    private OutlookApp app;
    private final Set<String> added = new HashSet<>();

    public OutlookDevice(ImplementationUnderTest implementation, ScenarioPki pki, AccountProfiles accounts,
                         OutlookAnswers answers) {
        this.implementation = implementation;
        this.pki = pki;
        this.accounts = accounts;
        this.answers = answers;
    }

    /** {@code person} uses Outlook on a device of this model. */
    public void uses(String person, DeviceModel model) {
        if (profile != null) {
            throw new IllegalStateException("this scenario already has a device: " + profile.deviceId());
        }
        name = new DeviceName(person, model);
        profile = new DeviceProfile(name.id(), model.platform(), EnrollmentProvider.NONE, EnrollmentType.UNENROLLED);
    }

    /** The scenario's device by the name the features give it, e.g. {@code Alice's iPhone}. */
    public DeviceName name() {
        requireProfile();
        return name;
    }

    /** The platform of the scenario's device. */
    public Platform platform() {
        return requireProfile().platform();
    }

    /** Whether the scenario said which device Outlook is on. */
    public boolean declared() {
        return profile != null;
    }

    /** The device as the scenario names it, e.g. {@code Alice's iPhone}, and how it is managed. */
    public DeviceProfile profile() {
        return requireProfile();
    }

    /**
     * The device is managed by {@code provider}, enrolled as {@code enrollment}; said before Outlook is
     * first used, since the app is opened on a device of a fixed profile.
     */
    public void enroll(EnrollmentProvider provider, EnrollmentType enrollment) {
        DeviceProfile now = requireProfile();
        if (app != null) {
            throw new IllegalStateException("Outlook on " + now.deviceId() + " is already in use; say how the device "
                    + "is enrolled earlier in the scenario");
        }
        profile = new DeviceProfile(now.deviceId(), now.platform(), provider, enrollment);
    }

    /** The store where certificates Outlook can use are kept: the Microsoft publisher keychain on iOS, the KeyStore on Android. */
    public CertificateStore outlooksStore() {
        return platform() == Platform.IOS ? CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN : CertificateStore.ANDROID_KEYSTORE;
    }

    /**
     * Outlook on the device, to be asked something now: what the scenario declared since the last
     * question is published first ({@link ImplementationUnderTest#ask()}), the app is opened on the
     * first call, and every account declared since is set up in it.
     */
    public OutlookApp ask() {
        MailClient client = implementation.ask();
        if (app == null) {
            app = client.device(requireProfile());
        }
        for (String address : accounts.addresses()) {
            if (added.add(address)) {
                Outcome outcome = app.addAccount(accounts.account(address));
                if (!outcome.isSuccess()) {
                    throw new AssertionError("Outlook did not set up the account " + address + ": " + outcome);
                }
            }
        }
        return app;
    }

    /** Opens Outlook on the device with every account declared so far, as the user does before any policy arrives. */
    public void open() {
        ask();
    }

    /** The certificate Outlook chooses for the person's one account; its answer is kept. */
    public CertificateSelection choose(String person, Purpose purpose) {
        String address = accounts.addressOf(person);
        CertificateSelection selection = ask().stores().certificateFor(accounts.account(address), purpose);
        answers.selection(selection);
        return selection;
    }

    /** Installs the named certificate with its private key, from a password-protected PKCS#12 file. */
    public Outcome installWithPrivateKey(String certificate, CertificateStore store) {
        byte[] pkcs12 = pki.pkcs12(certificate, PKCS12_PASSWORD);
        Outcome outcome = ask().stores().installPkcs12(store, pkcs12, PKCS12_PASSWORD.toCharArray());
        answers.outcome(outcome);
        return outcome;
    }

    /** Places the named certificate in a store without its private key. */
    public Outcome installPublic(String certificate, CertificateStore store) {
        Outcome outcome = ask().stores().installCertificate(store, pki.issued(certificate).der());
        answers.outcome(outcome);
        return outcome;
    }

    /** Outlook's id of the named certificate, as it lists it among the certificates it can see. */
    public String idOf(String certificate) {
        byte[] der = pki.issued(certificate).der();
        return ask().stores().visibleToOutlook().stream()
                .filter(installed -> Arrays.equals(installed.certificate(), der))
                .map(InstalledCertificate::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Outlook does not list the certificate \"" + certificate + "\""));
    }

    /** The scenario's names for the certificates Outlook lists among those it can see, as {@link #nameOf} gives them. */
    public List<String> listed() {
        return ask().stores().visibleToOutlook().stream().map(installed -> nameOf(installed.certificate())).toList();
    }

    /** The scenario's name for a certificate Outlook handed back, or a description when the scenario did not mint it. */
    public String nameOf(byte[] der) {
        return pki.nameOf(der).orElse("a certificate this scenario did not mint");
    }

    /** The scenario's name for a certificate Outlook chose or listed, as {@link #nameOf(byte[])} gives it. */
    public String nameOf(InstalledCertificate installed) {
        return nameOf(installed.certificate());
    }

    private DeviceProfile requireProfile() {
        if (profile == null) {
            throw new IllegalStateException("the scenario does not say which device Outlook is on:"
                    + " add a step such as 'Given Alice uses Outlook on an iPhone'");
        }
        return profile;
    }
}
