package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.lookup.LookupSource;

/**
 * The LDAP directory endpoint of the app configuration policy as a source of certificates. With no
 * endpoint in the policy it is never asked (LDAP-3): the endpoint is read when asked, so a policy
 * delivered later counts. Thread-safe when the endpoint supplier is.
 */
public final class LdapSource implements CertificateSource {

    private final LdapDirectoryClient client;
    private final Supplier<Optional<LdapEndpoint>> endpoint;

    /**
     * @param client   the LDAP client of the world
     * @param endpoint the endpoint the managed app configuration delivered, if any, as of now
     */
    public LdapSource(LdapDirectoryClient client, Supplier<Optional<LdapEndpoint>> endpoint) {
        this.client = Objects.requireNonNull(client, "client");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public LookupSource kind() {
        return LookupSource.LDAP;
    }

    @Override
    public boolean asked() {
        return endpoint.get().isPresent();
    }

    @Override
    public SourceAnswer<List<Candidate>> candidates(String address) {
        Optional<LdapEndpoint> configured = endpoint.get();
        if (configured.isEmpty()) {
            return SourceAnswer.notFound("the app configuration policy names no LDAP endpoint");
        }
        return client.certificates(configured.get(), address)
                .map(values -> PublishedValues.candidates(LookupSource.LDAP, address, values));
    }
}
