package org.smimeconformance.engine.directory;

import java.util.List;

import org.smimeconformance.contract.lookup.LookupSource;

/**
 * One place that may hold someone's public certificate: the device, the Global Address List, the
 * LDAP directory endpoint.
 */
public interface CertificateSource {

    /** Which place this is. */
    LookupSource kind();

    /**
     * Whether the app asks this place at all: the Global Address List only when the world has one,
     * the LDAP directory only when the app configuration policy named an endpoint (LDAP-3). A source
     * that is not asked leaves nothing in any journal.
     */
    boolean asked();

    /** The certificates this place offers for the address, in its own order, not yet judged. */
    SourceAnswer<List<Candidate>> candidates(String address);
}
