package org.smimeconformance.contract;

import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.contract.trust.TrustVerification;

/**
 * The implementation under test for one scenario: Outlook and the services it relies on, placed
 * in one {@link World}. Not shared between scenarios; closed when the scenario ends.
 */
public interface MailClient extends AutoCloseable {

    /**
     * Trust verification as performed on every certificate the app uses (TRUST-3): path building
     * to a root of the virtual certificate collection, signature and validity of every link, the
     * CRL of every certificate.
     */
    TrustVerification trust();

    /**
     * How the app decides whether a certificate is the user's: the primary SMTP address against
     * the certificate's subject alternative names and subject (ADDR-2, ADDR-4), and the
     * certificate's key usage against the purpose.
     */
    AddressMatching addressMatching();

    /**
     * Outlook installed on a device of the given profile (platform, enrollment). Calling it twice
     * with the same device id returns the same app; several devices model one user's several
     * enrollments (MAN-2, AUTO-5).
     *
     * @throws org.smimeconformance.contract.capability.UnsupportedCapabilityException when the implementation lacks the platform
     */
    OutlookApp device(DeviceProfile profile);

    /** Releases whatever the client holds (connections, threads). Never throws. */
    @Override
    void close();
}
