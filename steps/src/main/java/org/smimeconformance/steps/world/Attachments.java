package org.smimeconformance.steps.world;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certificate files mailed to the scenario's users as attachments (MAN-1, MAN-2), by the name
 * of the certificate they carry: as the scenario made them, or as a user exported them from a
 * device, possibly damaged on the way. One per scenario; not thread-safe.
 */
public final class Attachments {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** The attachment carrying the named certificate is now these bytes. */
    public void put(String certificate, byte[] pkcs12) {
        files.put(certificate, pkcs12.clone());
    }

    /** The bytes of the attachment carrying the named certificate. */
    public byte[] get(String certificate) {
        byte[] file = files.get(certificate);
        if (file == null) {
            throw new IllegalArgumentException("nobody was mailed the certificate \"" + certificate + "\" in this scenario");
        }
        return file.clone();
    }
}
