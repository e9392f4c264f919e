package org.smimeconformance.contract.lookup;

import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * @param outcome     found and trusted, or why not
 * @param certificate the certificate found, DER
 * @param source      where it was found
 */
public record LookupResult(Outcome outcome, Optional<byte[]> certificate, Optional<LookupSource> source) {
}
