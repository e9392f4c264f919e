package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;

/**
 * "When Outlook for iOS and Android performs a certificate lookup, the app will search the local
 * device first, then query Azure Active Directory, and then evaluate any LDAP directory endpoint"
 * (LDAP-5), in the lookup order of the {@link DirectoryParts}; a hit stops the search, and every
 * certificate found is judged before it is returned (LDAP-6). Owned by one device; not thread-safe.
 */
public final class OutlookCertificateLookup implements CertificateLookup {

    private final Supplier<CertificateFinder> finder;
    private final List<LookupSource> order;

    /**
     * @param finder makes a finder with fresh sources for each lookup
     * @param order  the lookup order
     */
    OutlookCertificateLookup(Supplier<CertificateFinder> finder, List<LookupSource> order) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.order = List.copyOf(order);
    }

    @Override
    public LookupResult find(String address) {
        return finder.get().find(address, order);
    }
}
