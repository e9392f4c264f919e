package org.smimeconformance.fakes.http;

/**
 * One request a fake endpoint saw.
 *
 * @param kind     which endpoint
 * @param resource what was asked for, e.g. {@code contoso-issuing-ca.crl}
 * @param method   the HTTP method
 */
public record JournalEntry(EndpointKind kind, String resource, String method) {
}
