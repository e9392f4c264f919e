package org.smimeconformance.engine.device;

import java.time.Clock;
import java.util.Objects;

import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.delivery.CertificateDelivery;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.trust.TrustVerification;
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
 * app uses goes through the client's trust verification. Automated delivery is not supported yet.
 *
 * <p>The certificates of an encrypted message's recipients come from the device
 * ({@link RecipientCertificates}, answered by {@link DeviceCertificateLookup#onDevice}).
 *
 * <p>Owned by one scenario; not thread-safe.
 */
public final class OutlookOnDevice implements OutlookApp {

    private final DeviceProfile profile;
    private final OutlookSettings settings;
    private final DeviceCertificateStores stores;
    private final DeviceCertificateLookup lookup;
    private final OutlookComposer composer;
    private final OutlookReader reader;

    /**
     * @param trust the client's trust verification, used on every certificate the app uses (TRUST-3)
     * @param clock the world's clock
     */
    public OutlookOnDevice(DeviceProfile profile, AddressMatcher matcher, ManagedValueRule managedValues,
                           OrganizeByThreadRule organizeByThread, MailParts mail, TrustVerification trust, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = new OutlookSettings(managedValues, organizeByThread);
        this.stores = new DeviceCertificateStores(profile.platform(), new CertificateChooser(matcher), clock);
        this.lookup = new DeviceCertificateLookup(stores, matcher, trust, clock);
        RecipientCertificates recipients = lookup::onDevice;
        this.composer = new OutlookComposer(settings, stores,
                new SenderCertificates(stores, matcher, trust, mail.expiryAlert(), clock), recipients,
                mail.signatureEncoding(), clock);
        this.reader = new OutlookReader(profile.platform(), settings, stores, trust, mail.smimeContentGate());
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

    /** The device's own store only, for now: what the status bar installed, and any public certificate placed there. */
    @Override
    public DeviceCertificateLookup lookup() {
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

    /** @throws UnsupportedCapabilityException always ({@code AUTOMATED_DELIVERY}): not supported yet */
    @Override
    public CertificateDelivery delivery() {
        throw new UnsupportedCapabilityException(Capability.AUTOMATED_DELIVERY);
    }
}
