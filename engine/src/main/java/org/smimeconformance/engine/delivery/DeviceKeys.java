package org.smimeconformance.engine.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Key pairs made on the device and the certificate requests that carry their public half (SCEP,
 * AUTO-5; derived credentials, AUTO-6): the private key is generated here and never leaves the
 * device; only the PKCS#10 request, signed with it as proof of possession, is sent. Keys are NIST
 * P-256. Stateless and thread-safe.
 */
final class DeviceKeys {

    private DeviceKeys() {
    }

    /** A fresh key pair, made on the device. */
    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the device cannot make a P-256 key pair", e);
        }
    }

    /** A DER PKCS#10 request for the public key, subject CN=address, signed with the private key. */
    static byte[] certificateRequest(KeyPair keys, String address) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, address).build(), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("the device cannot sign a certificate request", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
