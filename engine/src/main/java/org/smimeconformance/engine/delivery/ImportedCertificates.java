package org.smimeconformance.engine.delivery;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.engine.device.Pkcs12File;
import org.smimeconformance.engine.identity.PurposeCheck;

/**
 * The certificates the administrator imported into Endpoint Manager for the user (PKCS imported
 * certificates), as Company Portal receives them: each PKCS#12 file opened with its password.
 * Picking is by the certificate itself, the key usage and extended key usage as for choosing the
 * user's certificate ({@link PurposeCheck}):
 * <ul>
 *   <li>for encryption, every imported certificate that supports encryption, whatever its validity,
 *       so that mail encrypted to an old key can still be read (POL-6, AUTO-4);</li>
 *   <li>for signing, "the imported certificate that supports signing": of those valid at the
 *       world's clock, the newest (latest notBefore, then latest notAfter, then highest serial
 *       number) (POL-5).</li>
 * </ul>
 * A file that does not open is left out and named in {@link #unreadable()}. Immutable.
 */
final class ImportedCertificates {

    /** One imported certificate with its private key and the rest of its chain, issuer first. */
    record Imported(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {
    }

    private final List<Imported> imported;
    private final List<String> unreadable;

    private ImportedCertificates(List<Imported> imported, List<String> unreadable) {
        this.imported = List.copyOf(imported);
        this.unreadable = List.copyOf(unreadable);
    }

    /** Reads the {@code value} array of Endpoint Manager's answer. */
    static ImportedCertificates read(JsonNode value) {
        List<Imported> imported = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JsonNode entry : value) {
            String id = entry.path("id").asText("?");
            try {
                byte[] pfx = Base64.getDecoder().decode(entry.path("pfxBlob").asText(""));
                char[] password = entry.path("pfxPassword").asText("").toCharArray();
                for (Pkcs12File.KeyEntry key : Pkcs12File.read(pfx, password).keys()) {
                    imported.add(new Imported(key.certificate(), key.privateKey(), key.chain().subList(1, key.chain().size())));
                }
            } catch (IllegalArgumentException | Pkcs12File.Unreadable e) {
                unreadable.add(id + " (" + e.getMessage() + ")");
            }
        }
        return new ImportedCertificates(imported, unreadable);
    }

    /** Every imported certificate that supports encryption, in the order imported. */
    List<Imported> forEncryption() {
        return imported.stream().filter(i -> PurposeCheck.refusal(i.certificate(), Purpose.ENCRYPTION).isEmpty()).toList();
    }

    /** The newest imported certificate valid at {@code now} that supports signing. */
    Optional<Imported> forSigning(Instant now) {
        return imported.stream()
                .filter(i -> PurposeCheck.refusal(i.certificate(), Purpose.SIGNING).isEmpty())
                .filter(i -> !now.isBefore(i.certificate().getNotBefore().toInstant())
                        && !now.isAfter(i.certificate().getNotAfter().toInstant()))
                .max(Comparator.<Imported, Instant>comparing(i -> i.certificate().getNotBefore().toInstant())
                        .thenComparing(i -> i.certificate().getNotAfter().toInstant())
                        .thenComparing(i -> i.certificate().getSerialNumber()));
    }

    /** The imports that did not open, each with the reason. */
    List<String> unreadable() {
        return unreadable;
    }

    int size() {
        return imported.size();
    }
}
