package org.smimeconformance.engine.mail;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider, used directly where the JDK lacks an algorithm (ECDH with the
 * X9.63 key derivation of RFC 5753). Never registered with {@code java.security.Security}, so
 * nothing else in the JVM changes.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
