package org.smimeconformance.fakes.http;

/** The HTTP endpoints the article relies on, each under its own path on the fake server. */
public enum EndpointKind {
    /** Where a CA publishes its certificate revocation list (CRL distribution point). */
    CRL("crl", "application/pkix-crl"),
    /** Where a CA's own certificate can be fetched (authority information access, caIssuers). */
    AIA("aia", "application/pkix-cert");

    private final String path;
    private final String contentType;

    EndpointKind(String path, String contentType) {
        this.path = path;
        this.contentType = contentType;
    }

    /** The path segment under a scenario's prefix. */
    public String path() {
        return path;
    }

    /** The content type of what it serves. */
    public String contentType() {
        return contentType;
    }
}
