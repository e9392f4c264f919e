package org.smimeconformance.fakes.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * The signatures made so far, by what was signed: the same bytes signed with the same key and
 * algorithm get the signature made the first time, which is as valid as a new one. Minting is
 * deterministic apart from the signature (serial numbers come from the content, {@link Pki}), so a
 * root certification authority, its CRL or a self-signed certificate declared alike in many
 * scenarios is signed once per run. What carries a scenario's own addresses differs and is signed
 * anew.
 *
 * <p>Keeps at most {@link #CAPACITY} signatures, the least recently used going first. Thread-safe:
 * scenarios may mint side by side.
 */
final class RememberedSignatures {

    static final int CAPACITY = 4096;

    private static final Map<ByteBuffer, byte[]> SIGNATURES = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    private RememberedSignatures() {
    }

    /**
     * A signer that answers from memory when these bytes were signed before with {@code key} under
     * {@code algorithm}, and otherwise signs with the signer {@code signing} makes (made only then).
     */
    static ContentSigner signer(AlgorithmIdentifier algorithm, PrivateKey key, Supplier<ContentSigner> signing) {
        return new ContentSigner() {
            private final ByteArrayOutputStream content = new ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return content;
            }

            @Override
            public byte[] getSignature() {
                byte[] signed = content.toByteArray();
                ByteBuffer id = id(algorithm, key, signed);
                synchronized (SIGNATURES) {
                    byte[] known = SIGNATURES.get(id);
                    if (known != null) {
                        return known.clone();
                    }
                }
                ContentSigner fresh = signing.get();
                try (OutputStream out = fresh.getOutputStream()) {
                    out.write(signed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                byte[] signature = fresh.getSignature();
                synchronized (SIGNATURES) {
                    SIGNATURES.put(id, signature.clone());
                }
                return signature;
            }
        };
    }

    /** SHA-256 over the algorithm, the key and the signed bytes. */
    private static ByteBuffer id(AlgorithmIdentifier algorithm, PrivateKey key, byte[] signed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(algorithm.getEncoded());
            digest.update(key.getEncoded());
            digest.update(signed);
            return ByteBuffer.wrap(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot name what is signed", e);
        }
    }
}
