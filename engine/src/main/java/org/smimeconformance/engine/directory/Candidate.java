package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Objects;

import org.smimeconformance.contract.lookup.LookupSource;

/**
 * A certificate one source offers for an address, before it is judged.
 *
 * @param source      where it was found
 * @param address     the address it was looked up for
 * @param certificate the certificate, DER
 * @param carried     certificates published with it (the rest of a PKCS#7 bundle), DER; may be empty
 */
public record Candidate(LookupSource source, String address, byte[] certificate, List<byte[]> carried) {

    public Candidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(certificate, "certificate");
        carried = List.copyOf(carried);
    }
}
