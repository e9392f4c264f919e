package org.smimeconformance.engine.directory;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.net.SocketFactory;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The app's client of the LDAP directory endpoint of the app configuration policy (LDAP-1..4): one
 * connection per question, then closed.
 *
 * <ol>
 *   <li>Connects to the endpoint's host and port, over TLS for {@code ldaps} (the server's chain
 *       must lead to a root of the world's virtual certificate collection at the world's clock,
 *       and its certificate must name the host: {@link WorldTrustManager},
 *       {@link HostNameSSLSocketVerifier}), in the clear for {@code ldap}.</li>
 *   <li>Binds anonymously (a simple bind with an empty DN and password), and never otherwise: the
 *       endpoint "does not require authentication" (LDAP-2). A directory that refuses the
 *       anonymous bind or an anonymous search is {@code LDAP_BIND_REQUIRED}.</li>
 *   <li>Reads the root DSE and searches below its first naming context (the root when it names
 *       none), the whole subtree, for entries whose {@code mail} equals the address. The filter is
 *       built with {@link Filter#createEqualityFilter(String, String)}, which escapes the value:
 *       an address such as {@code *)(mail=*} is one literal value and never widens the search.</li>
 *   <li>Asks for {@code userSMIMECertificate}, {@code userCertificate;binary} and
 *       {@code userCertificate}, at most {@value #SIZE_LIMIT} entries, with the server's time
 *       limit set to the world's request timeout (whole seconds, at least one).</li>
 * </ol>
 *
 * <p>Bounded: connecting takes at most the world's connect timeout, and everything after it (bind,
 * root DSE, search) at most the world's request timeout in all, each operation given what is left
 * (real time measured with {@link System#nanoTime()}, never the world's clock, which scenarios
 * fix). No message larger than the world's response limit is read. A directory that does not
 * answer in time is {@code LDAP_UNREACHABLE}, as is one that cannot be reached, refuses the TLS
 * handshake or answers the search with an error.
 *
 * <p>Thread-safe: nothing is kept between questions.
 */
public final class LdapDirectoryClient {

    /** The most entries a search may return; a well-kept directory has one per address. */
    static final int SIZE_LIMIT = 10;

    private static final String[] ATTRIBUTES = {"userSMIMECertificate", "userCertificate;binary", "userCertificate"};

    /** Result codes by which a directory says it wants to know who asks (LDAP-2). */
    private static final Set<ResultCode> BIND_DEMANDED = Set.of(ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
            ResultCode.INAPPROPRIATE_AUTHENTICATION, ResultCode.INVALID_CREDENTIALS, ResultCode.STRONG_AUTH_REQUIRED,
            ResultCode.UNWILLING_TO_PERFORM);

    private final World world;
    private final CertificateReader reader = new CertificateReader();

    public LdapDirectoryClient(World world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /**
     * Every certificate value the directory publishes for the address, in entry order, each entry's
     * {@code userSMIMECertificate} values first, then its {@code userCertificate} values; a value
     * published twice is given once. Nothing is judged here: trust and purpose are the caller's.
     */
    public SourceAnswer<List<byte[]>> certificates(LdapEndpoint endpoint, String address) {
        Objects.requireNonNull(endpoint, "endpoint");
        String where = endpoint.scheme() + "://" + endpoint.host() + ":" + endpoint.port();
        if (world.network().offline()) {
            return SourceAnswer.failed(OutcomeCode.LDAP_UNREACHABLE, "the LDAP directory " + where + " was not asked: offline");
        }
        Duration budget = world.network().requestTimeout();
        Optional<SocketFactory> sockets = sockets(endpoint);
        if (sockets.isEmpty()) {
            return SourceAnswer.failed(OutcomeCode.LDAP_UNREACHABLE, "no TLS connection to " + where
                    + " can be made: the virtual certificate collection cannot be read");
        }
        LDAPConnectionOptions options = options(endpoint);
        try (LDAPConnection connection = new LDAPConnection(sockets.get(), options, endpoint.host(), endpoint.port())) {
            long deadline = System.nanoTime() + budget.toNanos();
            SimpleBindRequest anonymous = new SimpleBindRequest();
            anonymous.setResponseTimeoutMillis(left(deadline));
            connection.bind(anonymous);

            SearchRequest rootDse = new SearchRequest("", SearchScope.BASE, DereferencePolicy.NEVER, 1,
                    timeLimitSeconds(budget), false, Filter.createPresenceFilter("objectClass"), "namingContexts");
            rootDse.setResponseTimeoutMillis(left(deadline));
            SearchResultEntry root = connection.searchForEntry(rootDse);
            String base = namingContext(root);

            SearchRequest search = new SearchRequest(base, SearchScope.SUB, DereferencePolicy.NEVER, SIZE_LIMIT,
                    timeLimitSeconds(budget), false, Filter.createEqualityFilter("mail", address), ATTRIBUTES);
            search.setResponseTimeoutMillis(left(deadline));
            List<SearchResultEntry> entries;
            try {
                SearchResult result = connection.search(search);
                entries = result.getSearchEntries();
            } catch (LDAPSearchException partial) {
                if (partial.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                    throw partial;
                }
                entries = partial.getSearchEntries(); // the first SIZE_LIMIT entries are enough
            }
            List<byte[]> values = values(entries);
            return values.isEmpty()
                    ? SourceAnswer.notFound("the LDAP directory " + where + " publishes no certificate for " + address)
                    : SourceAnswer.found(values);
        } catch (LDAPException e) {
            return failure(where, e);
        }
    }

    private LDAPConnectionOptions options(LdapEndpoint endpoint) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) Math.min(Integer.MAX_VALUE, world.network().connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(world.network().requestTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        options.setUseSynchronousMode(true);
        options.setFollowReferrals(false);
        options.setAutoReconnect(false);
        options.setMaxMessageSize(world.limits().maxResponseBytes());
        if (endpoint.scheme().equals("ldaps")) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
        }
        return options;
    }

    private Optional<SocketFactory> sockets(LdapEndpoint endpoint) {
        if (!endpoint.scheme().equals("ldaps")) {
            return Optional.of(SocketFactory.getDefault());
        }
        List<X509Certificate> roots = new ArrayList<>();
        for (byte[] root : world.trustedRoots()) {
            Optional<List<X509Certificate>> read = reader.certificates(root);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            roots.addAll(read.get());
        }
        try {
            return Optional.of(new SSLUtil(new WorldTrustManager(roots, world.clock())).createSSLSocketFactory());
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static String namingContext(SearchResultEntry root) {
        if (root == null) {
            return "";
        }
        String[] contexts = root.getAttributeValues("namingContexts");
        return contexts == null || contexts.length == 0 ? "" : contexts[0];
    }

    private static List<byte[]> values(List<SearchResultEntry> entries) {
        List<byte[]> values = new ArrayList<>();
        for (SearchResultEntry entry : entries) {
            for (String name : List.of("userSMIMECertificate", "userCertificate")) {
                for (Attribute attribute : entry.getAttributesWithOptions(name, null)) {
                    for (byte[] value : attribute.getValueByteArrays()) {
                        if (values.stream().noneMatch(known -> Arrays.equals(known, value))) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values;
    }

    private SourceAnswer<List<byte[]>> failure(String where, LDAPException e) {
        ResultCode code = e.getResultCode();
        if (BIND_DEMANDED.contains(code)) {
            return SourceAnswer.failed(OutcomeCode.LDAP_BIND_REQUIRED, "the LDAP directory " + where
                    + " does not answer anonymous requests (" + code + "); the app never authenticates, so it gives no certificate");
        }
        String why;
        if (code == ResultCode.TIMEOUT) {
            why = "did not answer within " + world.network().requestTimeout().toMillis() + " ms";
        } else if (code == ResultCode.CONNECT_ERROR) {
            why = "could not be reached: " + e.getMessage();
        } else if (code == ResultCode.SERVER_DOWN) {
            why = "closed the connection: " + e.getMessage();
        } else {
            why = "answered " + code + (e.getDiagnosticMessage() == null ? "" : ": " + e.getDiagnosticMessage());
        }
        return SourceAnswer.failed(OutcomeCode.LDAP_UNREACHABLE, "the LDAP directory " + where + " " + why);
    }

    /** Milliseconds left before the deadline, at least one (zero would mean "no timeout"). */
    private static long left(long deadline) {
        return Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
    }

    private static int timeLimitSeconds(Duration budget) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (budget.toMillis() + 999) / 1000));
    }
}
