package org.smimeconformance.fakes.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM armour for DER bytes. */
public final class Pem {

    private Pem() {
    }

    public static String encode(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
