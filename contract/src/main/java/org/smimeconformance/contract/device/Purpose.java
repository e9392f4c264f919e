package org.smimeconformance.contract.device;

/** What a certificate of the user's is wanted for. */
public enum Purpose {
    SIGNING,
    ENCRYPTION
}
