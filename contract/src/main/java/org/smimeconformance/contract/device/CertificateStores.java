package org.smimeconformance.contract.device;

import java.util.List;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;

/** The device's certificate stores as Outlook sees and uses them. */
public interface CertificateStores {

    /** Installs a PKCS#12 file, as when the user taps a mailed certificate attachment (MAN-1, MAN-3).
     * A wrong password or an unreadable file installs nothing. */
    Outcome installPkcs12(CertificateStore store, byte[] pkcs12, char[] password);

    /** Places a public certificate in a store, as Company Portal or the status bar does (AUTO-2, VIEW-3). */
    Outcome installCertificate(CertificateStore store, byte[] certificate);

    /** Exports an installed certificate with its private key, protected by the password (MAN-2). */
    byte[] exportPkcs12(String certificateId, char[] password);

    /**
     * The user taps a certificate attachment mailed to them (MAN-1): the PKCS#12 file is installed
     * into the store of the device's platform that Outlook uses (the Microsoft publisher keychain
     * on iOS, the KeyStore on Android). A wrong password or an unreadable file installs nothing
     * and leaves the stores as they were (MAN-3).
     *
     * @throws UnsupportedCapabilityException when the implementation lacks manual delivery
     */
    default Outcome installAttachment(byte[] pkcs12, char[] password) {
        throw new UnsupportedCapabilityException(Capability.MANUAL_DELIVERY);
    }

    /**
     * Exports an installed certificate with its private key, as the user does to mail it to
     * themselves (MAN-2), protected by the password, which must be strong (MAN-3). Unlike
     * {@link #exportPkcs12}, every refusal is an outcome.
     *
     * @throws UnsupportedCapabilityException when the implementation lacks manual delivery
     */
    default Pkcs12Export export(String certificateId, char[] password) {
        throw new UnsupportedCapabilityException(Capability.MANUAL_DELIVERY);
    }

    /** The certificates Outlook can see on this device (CLIENT-4). */
    List<InstalledCertificate> visibleToOutlook();

    /** The details view of one installed certificate (CLIENT-4). */
    CertificateDetails details(String certificateId);

    /** The certificate the app uses for the account's primary SMTP address (ADDR-1..4). */
    CertificateSelection certificateFor(Account account, Purpose purpose);
}
