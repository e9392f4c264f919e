package org.smimeconformance.fakes.ldap;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;

import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryRequestHandler;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;

/**
 * The one LDAP directory of a run: an UnboundID in-memory directory under
 * {@value #NAMING_CONTEXT} with the standard schema (inetOrgPerson carries {@code mail},
 * {@code userCertificate;binary} and {@code userSMIMECertificate}), made once and shared by every
 * scenario. Each scenario keeps its entries in its own subtree and gets its own pair of listeners
 * on loopback, port 0, one {@code ldap://} and one {@code ldaps://} ({@link ScenarioLdapDirectory}),
 * so a fault, a demanded bind or a journal entry always concerns exactly one scenario.
 *
 * <p>The {@code ldaps://} listeners present a server certificate ({@code CN=localhost}, serverAuth,
 * subject alternative names dNSName {@code localhost} and iPAddress {@value #HOST}, so a client
 * that verifies the host name accepts it) issued by {@link #tlsRoot()}, a root minted for this server alone
 * with keys of its own: a client trusts that root to connect over TLS. Both are valid from
 * {@value #TLS_NOT_BEFORE} to {@value #TLS_NOT_AFTER}, so any scenario clock in between works.
 *
 * <p>Thread-safe. Every scenario's listeners are shut down by a shutdown hook when the JVM ends.
 */
public final class LdapDirectoryServer {

    /** The directory's only naming context: every scenario's subtree is below it. */
    public static final String NAMING_CONTEXT = "dc=contoso,dc=com";
    /** A DN that may bind with {@link #READER_PASSWORD}, for directories that demand a bind. */
    public static final String READER_DN = "cn=Directory Reader," + NAMING_CONTEXT;
    public static final String READER_PASSWORD = "directory-reader";
    /** Where every listener listens. */
    public static final String HOST = "127.0.0.1";
    /** The TLS root and server certificate are valid from this instant ... */
    public static final String TLS_NOT_BEFORE = "2000-01-01T00:00:00Z";
    /** ... to this one. */
    public static final String TLS_NOT_AFTER = "2099-12-31T23:59:59Z";

    private static LdapDirectoryServer shared;

    private final InMemoryRequestHandler store;
    private final IssuedCertificate tlsRoot;
    private final SSLServerSocketFactory tls;
    private final AtomicInteger scenarios = new AtomicInteger();
    private final Set<ScenarioLdapDirectory> open = ConcurrentHashMap.newKeySet();

    private LdapDirectoryServer() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(NAMING_CONTEXT);
            config.addAdditionalBindCredentials(READER_DN, READER_PASSWORD);
            store = new InMemoryRequestHandler(config);
            store.addEntry(new Entry(NAMING_CONTEXT,
                    new Attribute("objectClass", "top", "domain"),
                    new Attribute("dc", "contoso")), true);
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot make the in-memory LDAP directory", e);
        }
        // Keys of its own, so the TLS root never shares a key with a certificate a scenario mints.
        Pki pki = new Pki(new KeyPool(2, 1));
        Instant from = Instant.parse(TLS_NOT_BEFORE);
        Instant until = Instant.parse(TLS_NOT_AFTER);
        tlsRoot = pki.selfSigned(CertificateSpec.authority("Contoso Directory TLS Root CA", from, until));
        IssuedCertificate server = pki.issue(CertificateSpec.endEntity("localhost", from, until)
                .keyUsage(EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT))
                .extendedKeyUsage(List.of(KeyPurposeId.id_kp_serverAuth.getId()))
                .dnsNames(List.of("localhost"))
                .ipAddresses(List.of(HOST)), tlsRoot);
        tls = serverSockets(server, tlsRoot);
    }

    /** The directory of this run, made on first use. */
    public static synchronized LdapDirectoryServer shared() {
        if (shared == null) {
            LdapDirectoryServer made = new LdapDirectoryServer();
            Runtime.getRuntime().addShutdownHook(new Thread(made::closeAll, "ldap-directory-stop"));
            shared = made;
        }
        return shared;
    }

    /** A new, empty directory for one scenario, with its own journal. */
    public ScenarioLdapDirectory openScenario() {
        return openScenario(new Journal());
    }

    /** A new, empty directory for one scenario, writing what it sees to {@code journal} (shared with its other fakes). */
    public ScenarioLdapDirectory openScenario(Journal journal) {
        ScenarioLdapDirectory scenario = new ScenarioLdapDirectory(this, "ou=s" + scenarios.incrementAndGet()
                + "," + NAMING_CONTEXT, journal);
        open.add(scenario);
        return scenario;
    }

    /** The root a client must trust to connect over {@code ldaps://}. */
    public X509Certificate tlsRoot() {
        return tlsRoot.certificate();
    }

    /** {@link #tlsRoot()}, DER. */
    public byte[] tlsRootDer() {
        return tlsRoot.der();
    }

    InMemoryRequestHandler store() {
        return store;
    }

    SSLServerSocketFactory tls() {
        return tls;
    }

    void closed(ScenarioLdapDirectory scenario) {
        open.remove(scenario);
    }

    private void closeAll() {
        for (ScenarioLdapDirectory scenario : List.copyOf(open)) {
            scenario.close();
        }
    }

    private static SSLServerSocketFactory serverSockets(IssuedCertificate server, IssuedCertificate root) {
        try {
            char[] password = "in-memory".toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", server.keyPair().getPrivate(), password,
                    new Certificate[] {server.certificate(), root.certificate()});
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context.getServerSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the LDAP directory's TLS server identity", e);
        }
    }
}
