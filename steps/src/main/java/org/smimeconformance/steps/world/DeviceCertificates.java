package org.smimeconformance.steps.world;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Pkcs12Export;
import org.smimeconformance.contract.device.Purpose;

/**
 * The certificates Outlook can see on each device of the scenario, named as the scenario names
 * them: minted by its PKI ("Alice 2026"), or issued by Endpoint Manager ("the SCEP certificate of
 * Alice's iPhone"); the certificate Outlook chooses on a device; and a certificate's private key,
 * read back from the device through an export ({@link ExportedPrivateKey}). One per scenario; not
 * thread-safe.
 */
public final class DeviceCertificates {

    /** What a certificate that Outlook can see is named, where it is kept, and whether its private key is there too. */
    public record Seen(String name, CertificateStore store, boolean privateKey) {
    }

    private final UserDevices devices;
    private final EndpointManager endpointManager;
    private final AccountProfiles accounts;
    private final OutlookAnswers answers;

    public DeviceCertificates(UserDevices devices, EndpointManager endpointManager, AccountProfiles accounts,
                              OutlookAnswers answers) {
        this.devices = devices;
        this.endpointManager = endpointManager;
        this.accounts = accounts;
        this.answers = answers;
    }

    /** Every certificate Outlook can see on the device, in the order it lists them. */
    public List<Seen> seenOn(DeviceName device) {
        return devices.ask(device).stores().visibleToOutlook().stream()
                .map(installed -> new Seen(nameOf(installed.certificate()), installed.store(), installed.hasPrivateKey()))
                .toList();
    }

    /** The names of every certificate Outlook can see on the device. */
    public List<String> namesOn(DeviceName device) {
        return seenOn(device).stream().map(Seen::name).toList();
    }

    /** The certificate Outlook chooses on the device for the owner's one account; its answer is kept. */
    public CertificateSelection choose(DeviceName device, Purpose purpose) {
        String address = accounts.addressOf(device.owner());
        CertificateSelection selection = devices.ask(device).stores().certificateFor(accounts.account(address), purpose);
        answers.selection(selection);
        return selection;
    }

    /** The scenario's name for a certificate Outlook handed back, or a description when it neither minted it nor saw it issued. */
    public String nameOf(byte[] der) {
        return endpointManager.nameOf(der, devices.names())
                .orElse("a certificate this scenario did not mint nor Endpoint Manager issue");
    }

    /** The user exports the certificate from the device in a PKCS#12 file protected by the password; Outlook's answer is kept. */
    public Pkcs12Export export(DeviceName device, String certificate, String password) {
        Pkcs12Export export = devices.ask(device).stores().export(idOf(device, certificate), password.toCharArray());
        answers.outcome(export.outcome());
        return export;
    }

    /**
     * The private key of the certificate on the device, exported with the scenario's own password.
     *
     * @throws AssertionError when the device does not export it
     */
    public ExportedPrivateKey privateKey(DeviceName device, String certificate) {
        Pkcs12Export export = devices.ask(device).stores().export(idOf(device, certificate),
                ExportedPrivateKey.PASSWORD.toCharArray());
        if (export.outcome().code() != OutcomeCode.OK || export.pkcs12().isEmpty()) {
            throw new AssertionError("exporting \"" + certificate + "\" from " + device + " to look at its key: "
                    + export.outcome());
        }
        return ExportedPrivateKey.readFrom(export.pkcs12().get(), device.id());
    }

    /**
     * What the SCEP certificates of two devices have in common, each device having exactly one and
     * holding it: the serial number, the public key, or the other device's certificate; empty when
     * they are apart, as SCEP issues one certificate with a key of its own per device.
     */
    public List<String> scepSharedBy(DeviceName one, DeviceName other) {
        X509Certificate first = scepCertificate(one);
        X509Certificate second = scepCertificate(other);
        List<String> shared = new ArrayList<>();
        if (first.getSerialNumber().equals(second.getSerialNumber())) {
            shared.add("the serial number " + first.getSerialNumber().toString(16));
        }
        if (first.getPublicKey().equals(second.getPublicKey())) {
            shared.add("the public key");
        }
        if (namesOn(other).contains(scepName(one))) {
            shared.add(other + " holds " + scepName(one));
        }
        if (namesOn(one).contains(scepName(other))) {
            shared.add(one + " holds " + scepName(other));
        }
        return shared;
    }

    private X509Certificate scepCertificate(DeviceName device) {
        List<X509Certificate> issued = endpointManager.intune().scepIssued(device.id());
        if (issued.size() != 1) {
            throw new AssertionError("Endpoint Manager issued " + issued.size() + " SCEP certificates to " + device + ", not one");
        }
        if (!namesOn(device).contains(scepName(device))) {
            throw new AssertionError(device + " does not hold " + scepName(device) + ": " + namesOn(device));
        }
        return issued.get(0);
    }

    private static String scepName(DeviceName device) {
        return "the SCEP certificate of " + device;
    }

    private String idOf(DeviceName device, String certificate) {
        return devices.ask(device).stores().visibleToOutlook().stream()
                .filter(installed -> nameOf(installed.certificate()).equals(certificate))
                .map(InstalledCertificate::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Outlook on " + device + " does not hold \"" + certificate + "\""));
    }
}
