package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.smimeconformance.contract.lookup.LookupSource;

/**
 * The Global Address List (Azure Active Directory) as a source of certificates: the user's
 * {@code userSMIMECertificate} values, then its {@code userCertificate} values. Remembers what it
 * was told about a user for as long as it lives (one lookup, or the evaluation of one message's
 * recipients), so a user met while expanding a group is not asked for twice. Thread-safe.
 */
public final class GlobalAddressListSource implements CertificateSource {

    private final GlobalAddressListClient client;
    private final Map<String, SourceAnswer<GalEntry.User>> known = new ConcurrentHashMap<>();

    public GlobalAddressListSource(GlobalAddressListClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public LookupSource kind() {
        return LookupSource.GLOBAL_ADDRESS_LIST;
    }

    @Override
    public boolean asked() {
        return client.configured();
    }

    /**
     * What the Global Address List already said about the address when it was asked as a recipient:
     * the user, nobody, or no answer; asking it again would say the same.
     */
    void remember(String address, SourceAnswer<GalEntry.User> answer) {
        known.put(key(address), answer);
    }

    @Override
    public SourceAnswer<List<Candidate>> candidates(String address) {
        SourceAnswer<GalEntry.User> user = known.computeIfAbsent(key(address), k -> client.user(address));
        return user.map(found -> PublishedValues.candidates(LookupSource.GLOBAL_ADDRESS_LIST, address, found.published()));
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
