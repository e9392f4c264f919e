package org.smimeconformance.fakes.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small pool of key pairs shared by every scenario of a run, so that minting a PKI costs
 * signatures, not key generation. Keys are made on first use and never change afterwards.
 *
 * <p>Thread-safe. Within one {@link Pki} every certificate gets a different key as long as the
 * scenario uses fewer keys than the pool holds ({@link #size(KeyAlgorithm)}).
 */
public final class KeyPool {

    private static final KeyPool SHARED = new KeyPool(32, 8);

    private final Map<KeyAlgorithm, AtomicReferenceArray<KeyPair>> keys = new EnumMap<>(KeyAlgorithm.class);

    public KeyPool(int ecKeys, int rsaKeys) {
        keys.put(KeyAlgorithm.EC_P256, new AtomicReferenceArray<>(ecKeys));
        keys.put(KeyAlgorithm.RSA_2048, new AtomicReferenceArray<>(rsaKeys));
    }

    /** The pool every scenario of the run draws from. */
    public static KeyPool shared() {
        return SHARED;
    }

    public int size(KeyAlgorithm algorithm) {
        return keys.get(algorithm).length();
    }

    /** The key pair at {@code index} (wrapping around the pool size), made on first use. */
    public KeyPair key(KeyAlgorithm algorithm, int index) {
        AtomicReferenceArray<KeyPair> slots = keys.get(algorithm);
        int slot = Math.floorMod(index, slots.length());
        KeyPair existing = slots.get(slot);
        if (existing != null) {
            return existing;
        }
        slots.compareAndSet(slot, null, generate(algorithm));
        return slots.get(slot);
    }

    private static KeyPair generate(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType());
            if (algorithm == KeyAlgorithm.EC_P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + algorithm + " key pair", e);
        }
    }
}
