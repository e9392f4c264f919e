package org.smimeconformance.engine.device;

import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.Platform;

/**
 * Which certificate stores of a device Outlook can read (AUTO-2). On iOS, "iOS prevents third-party
 * apps from accessing the system keychain": Outlook reads the Microsoft publisher keychain only; on
 * Android it reads the KeyStore. A replaceable part of the reference engine; implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface StoreAccess {

    /** Whether Outlook on a device of the platform can read certificates and keys in the store. */
    boolean outlookReads(Platform platform, CertificateStore store);

    /** The article's: the Microsoft publisher keychain on iOS, the KeyStore on Android, nothing else. */
    static StoreAccess reference() {
        return (platform, store) -> store == outlooksStore(platform);
    }

    /** The store where certificates for Outlook are placed on the platform (manual and automated delivery). */
    static CertificateStore outlooksStore(Platform platform) {
        return platform == Platform.IOS ? CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN : CertificateStore.ANDROID_KEYSTORE;
    }
}
