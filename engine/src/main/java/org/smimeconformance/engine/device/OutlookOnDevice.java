package org.smimeconformance.engine.device;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.delivery.CertificateDelivery;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.directory.DeviceSource;
import org.smimeconformance.engine.directory.Directories;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.mail.MailParts;
import org.smimeconformance.engine.mail.RecipientCertificates;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * Outlook installed on one device of the scenario: its account profiles and settings
 * ({@link OutlookSettings}), the device's certificate stores ({@link DeviceCertificateStores}), the
 * compose screen ({@link OutlookComposer}), the reading pane ({@link OutlookReader}) and the lookup
 * of someone's certificate on the device ({@link DeviceCertificateLookup}). Every certificate the
 * app uses goes through the client's trust verification. Certificates arrive as the user installs
 * them (manual delivery) and, when the world offers it, through Company Portal ({@link DeviceDelivery}).
 *
 * <p>Given the world's {@link Directories}, someone's certificate is looked up on the device, then in
 * the Global Address List, then at the LDAP endpoint of the app configuration policy (LDAP-5), and
 * the recipients of an encrypted message are evaluated with distribution groups expanded, the
 * Global Address List first, then the device, then LDAP (SEND-4, SEND-9). Without them, both are
 * the device alone ({@link DeviceCertificateLookup}).
 *
 * <p>Owned by one scenario; not thread-safe.
 */
public final class OutlookOnDevice implements OutlookApp {

    private final DeviceProfile profile;
    private final OutlookSettings settings;
    private final DeviceCertificateStores stores;
    private final CertificateLookup lookup;
    private final OutlookComposer composer;
    private final OutlookReader reader;
    private final CertificateDelivery delivery;

    /**
     * Outlook that looks for other people's certificates on the device only.
     *
     * @param trust the client's trust verification, used on every certificate the app uses (TRUST-3)
     * @param clock the world's clock
     */
    public OutlookOnDevice(DeviceProfile profile, AddressMatcher matcher, ManagedValueRule managedValues,
                           OrganizeByThreadRule organizeByThread, MailParts mail, TrustVerification trust, Clock clock) {
        this(profile, matcher, managedValues, organizeByThread, mail, trust, clock, null);
    }

    /**
     * Outlook that looks for other people's certificates on the device, in the Global Address List
     * and at the LDAP endpoint its policy names.
     *
     * @param trust       the client's trust verification, used on every certificate the app uses (TRUST-3)
     * @param clock       the world's clock
     * @param directories the world's directories, or null for the device alone
     */
    public OutlookOnDevice(DeviceProfile profile, AddressMatcher matcher, ManagedValueRule managedValues,
                           OrganizeByThreadRule organizeByThread, MailParts mail, TrustVerification trust, Clock clock,
                           Directories directories) {
        this(profile, matcher, managedValues, organizeByThread, mail, trust, clock, directories, DeviceDelivery.manualOnly());
    }

    /**
     * Outlook as above, whose certificates arrive as {@code delivery} says: the stores it reads, how a
     * mailed PKCS#12 file is opened, and Company Portal when automated delivery is offered.
     *
     * @param directories the world's directories, or null for the device alone
     */
    public OutlookOnDevice(DeviceProfile profile, AddressMatcher matcher, ManagedValueRule managedValues,
                           OrganizeByThreadRule organizeByThread, MailParts mail, TrustVerification trust, Clock clock,
                           Directories directories, DeviceDelivery delivery) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = new OutlookSettings(managedValues, organizeByThread, profile.platform());
        this.stores = new DeviceCertificateStores(profile.platform(), new CertificateChooser(matcher), clock,
                delivery.storeAccess(), delivery.pkcs12());
        RecipientCertificates recipients;
        if (directories == null) {
            DeviceCertificateLookup onDevice = new DeviceCertificateLookup(stores, matcher, trust, clock);
            this.lookup = onDevice;
            recipients = onDevice::onDevice;
        } else {
            DeviceSource device = new DeviceSource(stores, id -> stores.chain(id).stream().map(OutlookOnDevice::der).toList(),
                    matcher, clock);
            this.lookup = directories.lookup(device, settings::ldapEndpoint);
            recipients = directories.recipients(device, settings::ldapEndpoint);
        }
        this.composer = new OutlookComposer(settings, stores,
                new SenderCertificates(stores, matcher, trust, mail.expiryAlert(), clock), recipients,
                mail.signatureEncoding(), clock);
        this.reader = new OutlookReader(profile.platform(), settings, stores, trust, mail.smimeContentGate());
        this.delivery = delivery.companyPortal().map(portal -> portal.open(profile, stores, settings)).orElse(null);
    }

    @Override
    public DeviceProfile profile() {
        return profile;
    }

    /** {@code OK}; a second account is allowed, and the same primary SMTP address again updates it. */
    @Override
    public Outcome addAccount(Account account) {
        return settings.addAccount(Objects.requireNonNull(account, "account"));
    }

    @Override
    public DeviceCertificateStores stores() {
        return stores;
    }

    @Override
    public OutlookSettings settings() {
        return settings;
    }

    /** The device, then the Global Address List, then LDAP (LDAP-5); the device alone without directories. */
    @Override
    public CertificateLookup lookup() {
        return lookup;
    }

    @Override
    public OutlookComposer composer() {
        return composer;
    }

    @Override
    public OutlookReader reader() {
        return reader;
    }

    /**
     * Company Portal on this device (AUTO, POL-4..9).
     *
     * @throws UnsupportedCapabilityException ({@code AUTOMATED_DELIVERY}) when this Outlook was made
     *                                        without automated delivery
     */
    @Override
    public CertificateDelivery delivery() {
        if (delivery == null) {
            throw new UnsupportedCapabilityException(Capability.AUTOMATED_DELIVERY);
        }
        return delivery;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }
}
