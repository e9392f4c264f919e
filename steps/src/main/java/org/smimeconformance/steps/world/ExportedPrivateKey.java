package org.smimeconformance.steps.world;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The private key of a certificate on a device, as the scenario reads it back: the device exports
 * it in a PKCS#12 file (the only way the contract gives a key) protected by a password of the
 * scenario's own, {@link #PASSWORD}, and this reads the key from the file. The one place where the
 * scenario reads a PKCS#12 file. Two are equal when their PKCS#8 encodings are. Immutable.
 */
public final class ExportedPrivateKey {

    /** The password the scenario exports a key with, to look at it; strong, as MAN-3 asks. */
    static final String PASSWORD = "L00king-at-the-Key!";

    private final PrivateKey key;

    private ExportedPrivateKey(PrivateKey key) {
        this.key = key;
    }

    /**
     * The private key in a PKCS#12 file protected by {@link #PASSWORD}.
     *
     * @param from where the file comes from, for the message when it holds no key
     */
    static ExportedPrivateKey readFrom(byte[] pkcs12, String from) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), PASSWORD.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new ExportedPrivateKey((PrivateKey) store.getKey(alias, PASSWORD.toCharArray()));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("the file exported from " + from + " cannot be read with the password it was exported with", e);
        }
        throw new AssertionError("the file exported from " + from + " holds no private key");
    }

    /**
     * Whether it is the private half of the certificate's public key: a key of the same type, and a
     * signature made with it verifies with the certificate.
     */
    public boolean isThePrivateHalfOf(IssuedCertificate certificate) {
        if (!certificate.certificate().getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            return false;
        }
        byte[] text = "whose key is this?".getBytes(StandardCharsets.UTF_8);
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(text);
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.certificate().getPublicKey());
            verifier.update(text);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key " + this + " or verify with " + certificate, e);
        }
    }

    /** Whether the key appears anywhere in the bytes: in its PKCS#8 encoding, or as its raw private value. */
    public boolean isIn(byte[] bytes) {
        String hex = HexFormat.of().formatHex(bytes);
        return secrets().stream().anyMatch(hex::contains);
    }

    /** The key's encodings in hex: PKCS#8, and the private value alone (the EC scalar, the RSA private exponent). */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(HexFormat.of().formatHex(key.getEncoded()));
        if (key instanceof ECPrivateKey ec) {
            secrets.add(HexFormat.of().formatHex(unsigned(ec.getS().toByteArray())));
        } else if (key instanceof RSAPrivateCrtKey rsa) {
            secrets.add(HexFormat.of().formatHex(unsigned(rsa.getPrivateExponent().toByteArray())));
        }
        return secrets;
    }

    private static byte[] unsigned(byte[] value) {
        return value.length > 1 && value[0] == 0 ? Arrays.copyOfRange(value, 1, value.length) : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportedPrivateKey that && Arrays.equals(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key.getEncoded());
    }

    /** The algorithm and a digest of the encoding, never the key itself. */
    @Override
    public String toString() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "an " + key.getAlgorithm() + " private key, PKCS#8 SHA-256 " + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
