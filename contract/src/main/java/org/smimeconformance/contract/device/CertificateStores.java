package org.smimeconformance.contract.device;

import java.util.List;

import org.smimeconformance.contract.Outcome;

/** The device's certificate stores as Outlook sees and uses them. */
public interface CertificateStores {

    /** Installs a PKCS#12 file, as when the user taps a mailed certificate attachment (MAN-1, MAN-3).
     * A wrong password or an unreadable file installs nothing. */
    Outcome installPkcs12(CertificateStore store, byte[] pkcs12, char[] password);

    /** Places a public certificate in a store, as Company Portal or the status bar does (AUTO-2, VIEW-3). */
    Outcome installCertificate(CertificateStore store, byte[] certificate);

    /** Exports an installed certificate with its private key, protected by the password (MAN-2). */
    byte[] exportPkcs12(String certificateId, char[] password);

    /** The certificates Outlook can see on this device (CLIENT-4). */
    List<InstalledCertificate> visibleToOutlook();

    /** The details view of one installed certificate (CLIENT-4). */
    CertificateDetails details(String certificateId);

    /** The certificate the app uses for the account's primary SMTP address (ADDR-1..4). */
    CertificateSelection certificateFor(Account account, Purpose purpose);
}
