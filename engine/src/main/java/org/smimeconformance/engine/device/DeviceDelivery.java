package org.smimeconformance.engine.device;

import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.delivery.CertificateDelivery;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * How certificates get onto one device: which stores Outlook reads and how a PKCS#12 file is opened
 * (manual delivery, MAN-1..3, AUTO-2), and Company Portal for automated delivery (AUTO), when the
 * world has it. Immutable.
 *
 * @param storeAccess   which stores Outlook reads
 * @param pkcs12        how a PKCS#12 file is opened with its password
 * @param companyPortal makes Company Portal for a device, or empty when automated delivery is not offered
 */
public record DeviceDelivery(StoreAccess storeAccess, Pkcs12Opener pkcs12, Optional<CompanyPortalFactory> companyPortal) {

    /** Makes Company Portal for one device, over that device's stores and settings. */
    @FunctionalInterface
    public interface CompanyPortalFactory {
        CertificateDelivery open(DeviceProfile profile, DeviceCertificateStores stores, OutlookSettings settings);
    }

    public DeviceDelivery {
        Objects.requireNonNull(storeAccess, "storeAccess");
        Objects.requireNonNull(pkcs12, "pkcs12");
        Objects.requireNonNull(companyPortal, "companyPortal");
    }

    /** The reference parts for manual delivery, and no automated delivery. */
    public static DeviceDelivery manualOnly() {
        return new DeviceDelivery(StoreAccess.reference(), Pkcs12Opener.reference(), Optional.empty());
    }
}
