package org.smimeconformance.contract.device;

/** The platforms the article covers. */
public enum Platform {
    /** Outlook for iOS and iPadOS. */
    IOS,
    /** Outlook for Android. */
    ANDROID
}
