package org.smimeconformance.contract.delivery;

import org.smimeconformance.contract.Outcome;

/**
 * Automated certificate delivery through Company Portal from Microsoft Endpoint Manager (AUTO,
 * POL-4..9). Retrieval is asynchronous: start it, then ask for its state until it settles.
 */
public interface CertificateDelivery {

    /** The user follows an end-user notification (POL-7) and Company Portal starts retrieving. */
    Outcome startRetrieval(Notification notification);

    /** Where retrieval stands now; never blocks. */
    Outcome retrievalState();
}
