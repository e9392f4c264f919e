package org.smimeconformance.engine.device;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * Reads and writes PKCS#12 files with the JDK's {@code PKCS12} key store (MAN-1..3). Writing uses the
 * JDK's defaults for PKCS#12: keys and certificates encrypted with PBES2 (AES-256), integrity by an
 * HMAC-SHA-256 MAC, both from the password. Stateless; all methods are static.
 */
public final class Pkcs12File {

    private Pkcs12File() {
    }

    /**
     * What a PKCS#12 file holds.
     *
     * @param keys         each private key with its certificate chain, leaf first
     * @param certificates certificates that are in no key's chain
     */
    public record Contents(List<KeyEntry> keys, List<X509Certificate> certificates) {

        public Contents {
            keys = List.copyOf(keys);
            certificates = List.copyOf(certificates);
        }
    }

    /**
     * @param privateKey the private key
     * @param chain      its certificate, then the rest of the chain the file carries
     */
    public record KeyEntry(PrivateKey privateKey, List<X509Certificate> chain) {

        public KeyEntry {
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a key entry has at least its own certificate");
            }
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** Why a file could not be read: {@code WRONG_PASSWORD} or {@code MALFORMED_PKCS12}. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final OutcomeCode code;

        Unreadable(OutcomeCode code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        public OutcomeCode code() {
            return code;
        }
    }

    /**
     * Opens the file with the password. A wrong password (the MAC or an encrypted part does not
     * open with it) is {@code WRONG_PASSWORD}, and so is a file altered inside after it was protected,
     * as PKCS#12 cannot tell the two apart; anything that is not a PKCS#12 file holding at least
     * one certificate is {@code MALFORMED_PKCS12}. A null password counts as the empty one.
     */
    public static Contents read(byte[] file, char[] password) throws Unreadable {
        char[] secret = password == null ? new char[0] : password;
        if (file == null || file.length == 0) {
            throw new Unreadable(OutcomeCode.MALFORMED_PKCS12, "the file is empty", null);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new Unreadable(OutcomeCode.WRONG_PASSWORD, "the password does not open the PKCS#12 file (its "
                        + "integrity check fails, as it also does for a file altered after it was protected)", e);
            }
            throw new Unreadable(OutcomeCode.MALFORMED_PKCS12, "the file cannot be read as PKCS#12: it is cut short, "
                    + "damaged or not PKCS#12 at all" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Unreadable(OutcomeCode.MALFORMED_PKCS12, "the file cannot be read as PKCS#12: " + e, e);
        }
        try {
            List<KeyEntry> keys = new ArrayList<>();
            List<X509Certificate> chained = new ArrayList<>();
            List<X509Certificate> loose = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, secret);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                        continue;
                    }
                    List<X509Certificate> certificates = x509(chain);
                    keys.add(new KeyEntry(privateKey, certificates));
                    chained.addAll(certificates);
                } else if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    loose.add(certificate);
                }
            }
            loose.removeIf(chained::contains);
            if (keys.isEmpty() && loose.isEmpty()) {
                throw new Unreadable(OutcomeCode.MALFORMED_PKCS12, "the PKCS#12 file holds no certificate", null);
            }
            return new Contents(keys, loose);
        } catch (UnrecoverableKeyException e) {
            throw new Unreadable(OutcomeCode.WRONG_PASSWORD, "the password does not open the private key in the "
                    + "PKCS#12 file", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Unreadable(OutcomeCode.MALFORMED_PKCS12, "the PKCS#12 file cannot be read: " + e, e);
        }
    }

    /** A PKCS#12 file holding the key and its chain, protected by the password. */
    public static byte[] write(PrivateKey key, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("smime", key, password, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the certificate cannot be written as PKCS#12", e);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new GeneralSecurityException("not an X.509 certificate: " + certificate.getType());
            }
            certificates.add(x509);
        }
        return certificates;
    }
}
