package org.smimeconformance.fakes.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.MacCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;

/**
 * How the fake PKI protects a PKCS#12 file, with the JDK's own password-based cryptography (its
 * SHA-256 is several times faster than Bouncy Castle's pure Java one): PBES2 with PBKDF2 and
 * HMAC-SHA-256, AES-256-CBC, for the private key and for the certificates; the PKCS#12 integrity
 * check with HMAC-SHA-256. Bouncy Castle only lays the file out. The password must be printable
 * ASCII and not empty, as the JDK's password-based keys want. Stateless.
 */
final class Pkcs12Protection {

    private static final String PBES2 = "PBEWithHmacSHA256AndAES_256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkcs12Protection() {
    }

    /** True when the JDK's password-based keys take this password: printable ASCII, not empty. */
    static boolean accepts(char[] password) {
        if (password.length == 0) {
            return false;
        }
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Encrypts with PBES2 (PBKDF2 with HMAC-SHA-256, {@code iterations}, AES-256-CBC), a fresh salt and IV each. */
    static OutputEncryptor encryptor(char[] password, int iterations) throws OperatorCreationException {
        try {
            SecretKey key = SecretKeyFactory.getInstance(PBES2).generateSecret(new PBEKeySpec(password));
            Cipher cipher = Cipher.getInstance(PBES2);
            cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(random(16), iterations,
                    new IvParameterSpec(random(16))));
            AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                    ASN1Primitive.fromByteArray(cipher.getParameters().getEncoded()));
            return new OutputEncryptor() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public OutputStream getOutputStream(OutputStream encrypted) {
                    return new CipherOutputStream(encrypted, cipher);
                }

                @Override
                public GenericKey getKey() {
                    return new GenericKey(algorithm, key.getEncoded());
                }
            };
        } catch (GeneralSecurityException | IOException e) {
            throw new OperatorCreationException("cannot protect a PKCS#12 file with PBES2: " + e.getMessage(), e);
        }
    }

    /** The PKCS#12 integrity check: HMAC-SHA-256 keyed from the password (RFC 7292, {@code iterations}). */
    static PKCS12MacCalculatorBuilder integrity(int iterations) {
        AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        return new PKCS12MacCalculatorBuilder() {
            @Override
            public AlgorithmIdentifier getDigestAlgorithmIdentifier() {
                return sha256;
            }

            @Override
            public MacCalculator build(char[] password) throws OperatorCreationException {
                try {
                    byte[] salt = random(32);
                    Mac mac = Mac.getInstance("HmacPBESHA256");
                    mac.init(SecretKeyFactory.getInstance("PBE").generateSecret(new PBEKeySpec(password)),
                            new PBEParameterSpec(salt, iterations));
                    AlgorithmIdentifier algorithm = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
                            new PKCS12PBEParams(salt, iterations));
                    return new MacCalculator() {
                        @Override
                        public AlgorithmIdentifier getAlgorithmIdentifier() {
                            return algorithm;
                        }

                        @Override
                        public OutputStream getOutputStream() {
                            return new OutputStream() {
                                @Override
                                public void write(int b) {
                                    mac.update((byte) b);
                                }

                                @Override
                                public void write(byte[] b, int off, int len) {
                                    mac.update(b, off, len);
                                }
                            };
                        }

                        @Override
                        public byte[] getMac() {
                            return mac.doFinal();
                        }

                        @Override
                        public GenericKey getKey() {
                            return new GenericKey(algorithm, new byte[0]);
                        }
                    };
                } catch (GeneralSecurityException e) {
                    throw new OperatorCreationException("cannot make the PKCS#12 integrity check: " + e.getMessage(), e);
                }
            }
        };
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
