package org.smimeconformance.engine.device;

/**
 * Opens a PKCS#12 file with the password the user typed, before anything of it is installed
 * (MAN-1, MAN-3). A replaceable part of the reference engine, {@link Pkcs12File#read} by default;
 * implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface Pkcs12Opener {

    /**
     * @throws Pkcs12File.Unreadable with {@code WRONG_PASSWORD} or {@code MALFORMED_PKCS12} when the
     *                               file cannot be opened; nothing may then be installed
     */
    Pkcs12File.Contents open(byte[] file, char[] password) throws Pkcs12File.Unreadable;

    /** The reference: the JDK's PKCS12 key store, MAC and encryption checked with the password. */
    static Pkcs12Opener reference() {
        return Pkcs12File::read;
    }
}
