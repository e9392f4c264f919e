package org.smimeconformance.engine.mail;

/**
 * Whether S/MIME content of a received message is consumed, verified and decrypted, for an account
 * whose S/MIME setting is as given: the replaceable part of VIEW-5 (and CLIENT-1). The reference
 * consumes it only with S/MIME on; a deliberately broken variant may consume it regardless. Must be
 * thread-safe and pure.
 */
@FunctionalInterface
public interface SmimeContentGate {

    boolean consumes(boolean smimeEnabledForAccount);

    /** "If the S/MIME setting is not enabled, then users will not be able to consume S/MIME content." */
    static SmimeContentGate reference() {
        return enabled -> enabled;
    }
}
