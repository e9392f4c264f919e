package org.smimeconformance.steps.world;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smimeconformance.contract.device.Pkcs12Export;

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

    /** The attachment is exported from a device and mailed; nothing is mailed when the export was refused. */
    public void mail(String certificate, Pkcs12Export export) {
        export.pkcs12().ifPresent(file -> put(certificate, file));
    }

    /** Only the first half of the file arrived. */
    public void cutShort(String certificate) {
        byte[] file = get(certificate);
        put(certificate, Arrays.copyOf(file, file.length / 2));
    }

    /** Its first bytes were overwritten, so that it no longer begins as a PKCS#12 file. */
    public void damage(String certificate) {
        byte[] file = get(certificate);
        Arrays.fill(file, 0, Math.min(16, file.length), (byte) 0xFF);
        put(certificate, file);
    }

    /**
     * One byte changed after the file was protected, keeping it well-formed: the last byte of the
     * file, the low bit of the iteration count of its integrity check, so that the check fails.
     */
    public void alterAfterProtection(String certificate) {
        byte[] file = get(certificate);
        file[file.length - 1] ^= 0x01;
        put(certificate, file);
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
