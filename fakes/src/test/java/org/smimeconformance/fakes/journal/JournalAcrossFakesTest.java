package org.smimeconformance.fakes.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.directory.GlobalAddressList;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.ldap.LdapDirectoryServer;
import org.smimeconformance.fakes.ldap.ScenarioLdapDirectory;

/** One journal shared by the HTTP fakes and the LDAP directory keeps the order they were asked in. */
class JournalAcrossFakesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Journal journal = new Journal();
    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario(journal);
    private final GlobalAddressList gal = GlobalAddressList.on(endpoints);
    private final ScenarioLdapDirectory ldap = LdapDirectoryServer.shared().openScenario(journal);

    @AfterEach
    void close() {
        ldap.close();
        endpoints.close();
    }

    @Test
    void records_gal_ldap_crl_and_aia_in_the_order_they_were_asked() throws Exception {
        ldap.publish(DirectoryUser.of("bob@fabrikam.com", "Bob").withUserCertificate(new byte[] {0x30, 0x00}));
        endpoints.crl().serve("Fabrikam CA", new byte[] {1});
        endpoints.aia().serve("Fabrikam CA", new byte[] {2});

        get(URI.create(gal.address() + "/users/bob@fabrikam.com"));
        try (LDAPConnection connection = new LDAPConnection(ldap.host(), ldap.ldapPort())) {
            connection.search(ldap.baseDn(), SearchScope.SUB, "(mail=bob@fabrikam.com)");
        }
        get(endpoints.aia().address("Fabrikam CA"));
        get(endpoints.crl().address("Fabrikam CA"));
        get(URI.create(gal.address() + "/users/carol@fabrikam.com"));

        assertThat(journal.entries()).extracting(Journal.Entry::service, Journal.Entry::operation, Journal.Entry::asked)
                .containsExactly(
                        tuple(Service.GLOBAL_ADDRESS_LIST, "GET", "users/bob@fabrikam.com"),
                        tuple(Service.LDAP, "connect", "ldap"),
                        tuple(Service.LDAP, "search", "(mail=bob@fabrikam.com)"),
                        tuple(Service.AIA, "GET", "fabrikam-ca.cer"),
                        tuple(Service.CRL, "GET", "fabrikam-ca.crl"),
                        tuple(Service.GLOBAL_ADDRESS_LIST, "GET", "users/carol@fabrikam.com"));
        assertThat(journal.order()).containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP, Service.AIA, Service.CRL);
        assertThat(endpoints.seen()).isSameAs(journal);
        assertThat(endpoints.journal()).hasSize(2);
        assertThat(endpoints.crl().requests()).isEqualTo(1);
    }

    @Test
    void closing_one_fake_forgets_only_what_it_saw() throws Exception {
        get(URI.create(gal.address() + "/users/bob@fabrikam.com"));
        try (LDAPConnection connection = new LDAPConnection(ldap.host(), ldap.ldapPort())) {
            connection.search(ldap.baseDn(), SearchScope.SUB, "(mail=bob@fabrikam.com)");
        }

        ldap.close();

        assertThat(journal.order()).containsExactly(Service.GLOBAL_ADDRESS_LIST);
    }

    private static void get(URI uri) throws IOException, InterruptedException {
        CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
