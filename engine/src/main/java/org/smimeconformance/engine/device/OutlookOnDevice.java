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
import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.mail.MessageReader;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * Outlook installed on one device of the scenario: its account profiles and settings
 * ({@link OutlookSettings}), the device's certificate stores ({@link DeviceCertificateStores}) and the
 * compose screen ({@link OutlookComposer}). Certificate lookup, reading mail and automated delivery
 * are not supported yet.
 *
 * <p>Owned by one scenario; not thread-safe.
 */
public final class OutlookOnDevice implements OutlookApp {

    private final DeviceProfile profile;
    private final OutlookSettings settings;
    private final DeviceCertificateStores stores;
    private final OutlookComposer composer;

    public OutlookOnDevice(DeviceProfile profile, AddressMatcher matcher, ManagedValueRule managedValues,
                           OrganizeByThreadRule organizeByThread, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = new OutlookSettings(managedValues, organizeByThread);
        this.stores = new DeviceCertificateStores(profile.platform(), new CertificateChooser(matcher), clock);
        this.composer = new OutlookComposer(settings, stores);
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

    /** @throws UnsupportedCapabilityException always ({@code LDAP_LOOKUP}): not supported yet */
    @Override
    public CertificateLookup lookup() {
        throw new UnsupportedCapabilityException(Capability.LDAP_LOOKUP);
    }

    @Override
    public OutlookComposer composer() {
        return composer;
    }

    /** @throws UnsupportedCapabilityException always ({@code VIEW}): not supported yet */
    @Override
    public MessageReader reader() {
        throw new UnsupportedCapabilityException(Capability.VIEW);
    }

    /** @throws UnsupportedCapabilityException always ({@code AUTOMATED_DELIVERY}): not supported yet */
    @Override
    public CertificateDelivery delivery() {
        throw new UnsupportedCapabilityException(Capability.AUTOMATED_DELIVERY);
    }
}
