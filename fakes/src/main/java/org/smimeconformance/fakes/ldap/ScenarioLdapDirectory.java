package org.smimeconformance.fakes.ldap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.unboundid.ldap.listener.LDAPListener;
import com.unboundid.ldap.listener.LDAPListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;

/**
 * The LDAP directory endpoint of one scenario: its entries in its own subtree {@link #baseDn()} of
 * the run's shared {@link LdapDirectoryServer}, reached through its own two listeners on loopback,
 * {@link #ldapAddress()} and {@link #ldapsAddress()}, started on first use. Anonymous bind and
 * search are allowed unless a {@link LdapFault} says otherwise.
 *
 * <p>A search at the root or at {@value LdapDirectoryServer#NAMING_CONTEXT} is answered from the
 * scenario's subtree alone, so a client configured with nothing but host and port (LDAP-4) finds
 * the scenario's entries and no other scenario's; a search based anywhere else outside the subtree
 * answers noSuchObject. The directory is read-only over LDAP: writes answer unwillingToPerform.
 *
 * <p>Every connection, bind and search is written to the scenario's {@link Journal} as it arrives.
 *
 * <p>Owned by one scenario; thread-safe (the listeners answer from their own threads).
 * {@link #close()} shuts the listeners, releases any search held back by {@link LdapFault#TIMEOUT}
 * and deletes the subtree.
 */
public final class ScenarioLdapDirectory implements AutoCloseable {

    /** How long a {@link LdapFault#TIMEOUT} directory holds a search before answering (released early by {@link #close()}). */
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    /** How long a {@link LdapFault#SLOW_BUT_IN_TIME} directory holds a search before answering. */
    public static final Duration SLOW_BUT_IN_TIME = Duration.ofMillis(50);

    /** The size of the one value a {@link LdapFault#HUGE_ANSWER} directory answers with: 2 MiB. */
    public static final int HUGE_ANSWER_BYTES = 2 << 20;

    private final LdapDirectoryServer server;
    private final DN baseDn;
    private final Journal journal;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile LdapFault fault;
    private LDAPListener ldap;
    private LDAPListener ldaps;
    private int ldapPort;
    private int ldapsPort;
    private boolean closed;

    ScenarioLdapDirectory(LdapDirectoryServer server, String baseDn, Journal journal) {
        this.server = server;
        this.journal = Objects.requireNonNull(journal, "journal");
        try {
            this.baseDn = new DN(baseDn);
            String ou = this.baseDn.getRDN().getAttributeValues()[0];
            server.store().addEntry(new Entry(baseDn,
                    new Attribute("objectClass", "top", "organizationalUnit"),
                    new Attribute("ou", ou)), true);
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot make the scenario's subtree " + baseDn, e);
        }
    }

    /** The scenario's subtree, e.g. {@code ou=s3,dc=contoso,dc=com}; searches based at the root or the naming context land here too. */
    public String baseDn() {
        return baseDn.toString();
    }

    /** The host of both addresses. */
    public String host() {
        return LdapDirectoryServer.HOST;
    }

    /** The port of the {@code ldap://} listener; starts the listeners on first use. */
    public synchronized int ldapPort() {
        start();
        return ldapPort;
    }

    /** The port of the {@code ldaps://} listener; starts the listeners on first use. */
    public synchronized int ldapsPort() {
        start();
        return ldapsPort;
    }

    /** {@code ldap://127.0.0.1:<port>}, the address a client is configured with for plain LDAP. */
    public URI ldapAddress() {
        return URI.create("ldap://" + host() + ":" + ldapPort());
    }

    /** {@code ldaps://127.0.0.1:<port>}, the address for LDAP over TLS; the client must trust {@link #tlsRoot()}. */
    public URI ldapsAddress() {
        return URI.create("ldaps://" + host() + ":" + ldapsPort());
    }

    /** The root a client must trust to connect to {@link #ldapsAddress()}. */
    public X509Certificate tlsRoot() {
        return server.tlsRoot();
    }

    /**
     * Publishes a user: an inetOrgPerson entry {@code mail=<primary>,<baseDn>} with {@code cn},
     * {@code sn} and {@code displayName} (the display name), {@code mail} (the primary SMTP address
     * only), {@code userCertificate;binary} and {@code userSMIMECertificate} (the user's values).
     */
    public void publish(DirectoryUser user) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
        attributes.add(new Attribute("cn", user.displayName()));
        attributes.add(new Attribute("sn", user.displayName()));
        attributes.add(new Attribute("displayName", user.displayName()));
        attributes.add(new Attribute("mail", user.primarySmtpAddress()));
        if (!user.userCertificates().isEmpty()) {
            attributes.add(new Attribute("userCertificate;binary", user.userCertificates().toArray(byte[][]::new)));
        }
        if (!user.userSmimeCertificates().isEmpty()) {
            attributes.add(new Attribute("userSMIMECertificate", user.userSmimeCertificates().toArray(byte[][]::new)));
        }
        DN dn = new DN(new RDN("mail", user.primarySmtpAddress()), baseDn);
        try {
            server.store().addEntry(new Entry(dn, attributes), true);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("the directory refuses the entry for " + user.primarySmtpAddress()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * From now on the directory misbehaves, for the rest of the scenario.
     * {@link LdapFault#CONNECTION_REFUSED} shuts its listeners: its addresses stay what they were
     * and refuse connections, so it may come before or after the addresses are handed over.
     */
    public void fail(LdapFault value) {
        fault = Objects.requireNonNull(value, "fault");
        if (value == LdapFault.CONNECTION_REFUSED) {
            synchronized (this) {
                start();
                stopListeners();
            }
        }
    }

    /**
     * From now on the directory answers properly again. A directory that is down stays down: its
     * listeners are shut, and the addresses handed over point where nothing listens.
     */
    public void mend() {
        if (fault == LdapFault.CONNECTION_REFUSED) {
            throw new IllegalStateException("a directory that is down cannot be mended: its listeners are shut");
        }
        fault = null;
    }

    /** The scenario's journal, shared with its other fakes when it was opened with one. */
    public Journal seen() {
        return journal;
    }

    /** The filters of the searches the directory saw in the scenario, oldest first, as the client wrote them. */
    public List<String> searches() {
        return journal.entries(Service.LDAP).stream()
                .filter(e -> "search".equals(e.operation()))
                .map(Journal.Entry::asked)
                .toList();
    }

    /** Shuts the listeners, releases held searches and deletes the scenario's subtree and what it saw. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            released.countDown();
            stopListeners();
        }
        server.closed(this);
        try {
            server.store().deleteSubtree(baseDn.toString());
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot delete the scenario's subtree " + baseDn, e);
        }
        journal.forget(List.of(Service.LDAP));
    }

    DN baseDnValue() {
        return baseDn;
    }

    LdapFault fault() {
        return fault;
    }

    void saw(String operation, String asked) {
        journal.record(Service.LDAP, operation, asked);
    }

    /**
     * Holds a search for {@link #SLOW_ANSWER} on the thread of the connection that sent it, or until
     * the scenario closes. UnboundID answers a request by returning from the handler, so the answer
     * can only be late by holding that thread; each connection has its own, so nothing else waits.
     * A bounded wait on a latch, not a sleep: closing the scenario ends it at once.
     */
    void holdSlowAnswer() {
        hold(SLOW_ANSWER);
    }

    /** Holds a search for {@link #SLOW_BUT_IN_TIME}, as {@link #holdSlowAnswer()} does. */
    void holdBriefly() {
        hold(SLOW_BUT_IN_TIME);
    }

    private void hold(Duration duration) {
        try {
            released.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts both listeners unless they have been started already (or the scenario is closed). */
    private void start() {
        if (ldap != null || closed) {
            return;
        }
        try {
            InetAddress loopback = InetAddress.getByName(LdapDirectoryServer.HOST);
            LDAPListenerConfig plain = new LDAPListenerConfig(0, new ScenarioRequestHandler(this, server.store(), "ldap"));
            plain.setListenAddress(loopback);
            LDAPListenerConfig secure = new LDAPListenerConfig(0, new ScenarioRequestHandler(this, server.store(), "ldaps"));
            secure.setListenAddress(loopback);
            secure.setServerSocketFactory(server.tls());
            ldap = new LDAPListener(plain);
            ldaps = new LDAPListener(secure);
            // A scenario that is never closed must not keep the JVM alive; connection threads inherit this.
            ldap.setDaemon(true);
            ldaps.setDaemon(true);
            ldap.startListening();
            ldaps.startListening();
            ldapPort = ldap.getListenPort();
            ldapsPort = ldaps.getListenPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scenario's LDAP listeners", e);
        }
    }

    private void stopListeners() {
        if (ldap != null) {
            ldap.shutDown(true);
            ldaps.shutDown(true);
        }
    }
}
