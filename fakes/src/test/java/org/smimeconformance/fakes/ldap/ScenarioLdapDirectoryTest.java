package org.smimeconformance.fakes.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import javax.net.SocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

class ScenarioLdapDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static IssuedCertificate alice;

    private final ScenarioLdapDirectory directory = LdapDirectoryServer.shared().openScenario();

    @BeforeAll
    static void mint() {
        Pki pki = new Pki(KeyPool.shared());
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", NOW, NOW.plus(Duration.ofDays(3650))));
        alice = pki.issue(CertificateSpec.smime("alice@contoso.com", NOW, NOW.plus(Duration.ofDays(365))), root);
    }

    @AfterEach
    void close() {
        directory.close();
    }

    @Test
    void an_anonymous_search_finds_the_certificate_attributes() throws Exception {
        directory.publish(aliceEntry());

        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            SearchResultEntry entry = connection.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    "(mail=alice@contoso.com)", "mail", "userCertificate;binary", "userSMIMECertificate");

            assertThat(entry).isNotNull();
            assertThat(entry.getAttributeValue("mail")).isEqualTo("alice@contoso.com");
            assertThat(entry.getAttributeValueBytes("userCertificate;binary")).isEqualTo(alice.der());
            assertThat(entry.getAttributeValueBytes("userSMIMECertificate")).isEqualTo(alice.der());
        }
        assertThat(directory.searches()).containsExactly("(mail=alice@contoso.com)");
        assertThat(directory.seen().entries()).extracting(Journal.Entry::operation).containsExactly("connect", "search");
    }

    @Test
    void a_client_that_knows_only_host_and_port_finds_the_scenario_entries_from_the_naming_context_or_the_root()
            throws Exception {
        directory.publish(aliceEntry());

        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertThat(connection.getRootDSE().getNamingContextDNs()).contains(LdapDirectoryServer.NAMING_CONTEXT);
            assertThat(connection.search(LdapDirectoryServer.NAMING_CONTEXT, SearchScope.SUB, "(mail=alice@contoso.com)")
                    .getEntryCount()).isEqualTo(1);
            assertThat(connection.search("", SearchScope.SUB, "(mail=alice@contoso.com)").getEntryCount()).isEqualTo(1);
        }
    }

    @Test
    void ldaps_works_for_a_client_that_trusts_the_exposed_root_and_not_for_one_that_does_not() throws Exception {
        directory.publish(aliceEntry());
        assertThat(directory.ldapsAddress().getScheme()).isEqualTo("ldaps");

        SocketFactory trusting = new SSLUtil(trusting(directory.tlsRoot())).createSSLSocketFactory();
        try (LDAPConnection connection = new LDAPConnection(trusting, directory.host(), directory.ldapsPort())) {
            assertThat(connection.searchForEntry(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)")).isNotNull();
        }
        SocketFactory stranger = new SSLUtil(trusting(alice.certificate())).createSSLSocketFactory();
        assertThatThrownBy(() -> {
            try (LDAPConnection connection = new LDAPConnection(stranger, directory.host(), directory.ldapsPort())) {
                connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)");
            }
        }).isInstanceOf(LDAPException.class);
        assertThat(directory.seen().entries()).extracting(Journal.Entry::asked).contains("ldaps");
    }

    @Test
    void a_directory_that_demands_a_bind_refuses_an_anonymous_search_and_answers_a_bound_one() throws Exception {
        directory.publish(aliceEntry());
        directory.fail(LdapFault.BIND_REQUIRED);

        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertThatThrownBy(() -> connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)"))
                    .isInstanceOfSatisfying(LDAPSearchException.class, e -> {
                        assertThat(e.getResultCode()).isEqualTo(ResultCode.INSUFFICIENT_ACCESS_RIGHTS);
                        assertThat(e.getEntryCount()).isZero();
                    });
            connection.bind(LdapDirectoryServer.READER_DN, LdapDirectoryServer.READER_PASSWORD);
            assertThat(connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)").getEntryCount())
                    .isEqualTo(1);
        }
        assertThat(directory.seen().entries()).extracting(Journal.Entry::operation)
                .containsExactly("connect", "search", "bind", "search");
    }

    @Test
    void a_directory_that_is_down_refuses_connections_at_the_address_already_handed_over() {
        int port = directory.ldapPort();
        directory.fail(LdapFault.CONNECTION_REFUSED);

        assertThat(directory.ldapPort()).isEqualTo(port);
        assertThatThrownBy(() -> new LDAPConnection(directory.host(), port).close())
                .isInstanceOfSatisfying(LDAPException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.CONNECT_ERROR));
        assertThat(directory.seen().entries()).isEmpty();
    }

    @Test
    void a_directory_that_resets_connections_answers_nothing() {
        directory.fail(LdapFault.CONNECTION_RESET);

        assertThatThrownBy(this::searchForAliceOnANewConnection).isInstanceOf(LDAPException.class);
        assertThat(directory.searches()).isEmpty();
    }

    @Test
    void a_slow_directory_answers_after_the_client_time_limit() throws Exception {
        directory.publish(aliceEntry());
        directory.fail(LdapFault.TIMEOUT);
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setResponseTimeoutMillis(300);

        try (LDAPConnection connection = new LDAPConnection(options, directory.host(), directory.ldapPort())) {
            assertThatThrownBy(() -> connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)"))
                    .isInstanceOfSatisfying(LDAPSearchException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.TIMEOUT));
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> directory.searches().size() == 1);
    }

    @Test
    void an_unavailable_directory_answers_with_unavailable() throws Exception {
        directory.fail(LdapFault.UNAVAILABLE);

        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertThatThrownBy(() -> connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)"))
                    .isInstanceOfSatisfying(LDAPSearchException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.UNAVAILABLE));
        }
    }

    @Test
    void a_slow_directory_that_answers_in_time_answers_properly() throws Exception {
        directory.publish(aliceEntry());
        directory.fail(LdapFault.SLOW_BUT_IN_TIME);
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setResponseTimeoutMillis(1000);

        try (LDAPConnection connection = new LDAPConnection(options, directory.host(), directory.ldapPort())) {
            assertThat(connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)").getEntryCount())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_directory_that_answers_something_else_than_ldap_fails_the_client() {
        directory.fail(LdapFault.NOT_LDAP);

        assertThatThrownBy(this::searchForAliceOnANewConnection).isInstanceOf(LDAPException.class);
        assertThat(directory.searches()).isEmpty();
    }

    @Test
    void a_huge_answer_is_more_than_a_bounded_client_reads() throws Exception {
        directory.fail(LdapFault.HUGE_ANSWER);
        LDAPConnectionOptions bounded = new LDAPConnectionOptions();
        bounded.setMaxMessageSize(1 << 20);
        LDAPConnectionOptions unbounded = new LDAPConnectionOptions();
        unbounded.setMaxMessageSize(0);

        try (LDAPConnection connection = new LDAPConnection(unbounded, directory.host(), directory.ldapPort())) {
            SearchResult found = connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)");
            assertThat(found.getSearchEntries().get(0).getAttributeValueBytes("userCertificate;binary"))
                    .hasSize(ScenarioLdapDirectory.HUGE_ANSWER_BYTES);
        }
        assertThatThrownBy(() -> {
            try (LDAPConnection connection = new LDAPConnection(bounded, directory.host(), directory.ldapPort())) {
                connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)");
            }
        }).isInstanceOf(LDAPException.class);
    }

    @Test
    void a_referral_loop_refers_the_client_to_the_directory_itself() throws Exception {
        directory.fail(LdapFault.REFERRAL_LOOP);

        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertThatThrownBy(() -> connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)"))
                    .isInstanceOfSatisfying(LDAPSearchException.class, e -> {
                        assertThat(e.getResultCode()).isEqualTo(ResultCode.REFERRAL);
                        assertThat(e.getReferralURLs()).containsExactly(directory.ldapAddress() + "/" + directory.baseDn());
                    });
        }
    }

    @Test
    void scenarios_are_isolated_and_closing_deletes_the_subtree() throws Exception {
        directory.publish(aliceEntry());
        try (ScenarioLdapDirectory other = LdapDirectoryServer.shared().openScenario()) {
            other.publish(DirectoryUser.of("alice@contoso.com", "Another Alice"));
            try (LDAPConnection connection = new LDAPConnection(other.host(), other.ldapPort())) {
                SearchResult found = connection.search(LdapDirectoryServer.NAMING_CONTEXT, SearchScope.SUB,
                        Filter.createEqualityFilter("mail", "alice@contoso.com"));
                assertThat(found.getSearchEntries()).singleElement()
                        .satisfies(e -> assertThat(e.getAttributeValue("cn")).isEqualTo("Another Alice"));
                assertThatThrownBy(() -> connection.search(directory.baseDn(), SearchScope.SUB, "(objectClass=*)"))
                        .isInstanceOfSatisfying(LDAPSearchException.class,
                                e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.NO_SUCH_OBJECT));
            }
            assertThat(directory.searches()).isEmpty();
            assertThat(other.searches()).hasSize(2);
        }

        String baseDn = directory.baseDn();
        int port = directory.ldapPort();
        directory.close();

        assertThat(LdapDirectoryServer.shared().store().entryExists(baseDn)).isFalse();
        assertThatThrownBy(() -> new LDAPConnection(directory.host(), port).close()).isInstanceOf(LDAPException.class);
    }

    @Test
    void the_directory_is_read_only_over_ldap() throws Exception {
        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertThatThrownBy(() -> connection.delete(directory.baseDn()))
                    .isInstanceOfSatisfying(LDAPException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.UNWILLING_TO_PERFORM));
        }
    }

    private static DirectoryUser aliceEntry() {
        return DirectoryUser.of("alice@contoso.com", "Alice Wilber")
                .withUserCertificate(alice.der())
                .withUserSmimeCertificate(alice.der());
    }

    private static javax.net.ssl.TrustManager[] trusting(X509Certificate root) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", root);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private void searchForAliceOnANewConnection() throws LDAPException {
        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            connection.search(directory.baseDn(), SearchScope.SUB, "(mail=alice@contoso.com)");
        }
    }
}
