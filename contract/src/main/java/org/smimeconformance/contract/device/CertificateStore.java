package org.smimeconformance.contract.device;

/**
 * The certificate stores of a device. On iOS only the Microsoft publisher keychain is visible to
 * Outlook; the system keychain is reserved to first-party apps (AUTO-2).
 */
public enum CertificateStore {
    /** iOS keychain shared by Microsoft-published apps; Company Portal places certificates here. */
    MICROSOFT_PUBLISHER_KEYCHAIN(Platform.IOS),
    /** iOS system keychain: third-party apps such as Outlook cannot read it. */
    IOS_SYSTEM_KEYCHAIN(Platform.IOS),
    /** The Android KeyStore. */
    ANDROID_KEYSTORE(Platform.ANDROID);

    private final Platform platform;

    CertificateStore(Platform platform) {
        this.platform = platform;
    }

    public Platform platform() {
        return platform;
    }
}
