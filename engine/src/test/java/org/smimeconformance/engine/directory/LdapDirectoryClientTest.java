package org.smimeconformance.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.fakes.ldap.LdapDirectoryServer;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/** The LDAP client against the fake directory, over ldap:// and ldaps://, with its faults. */
class LdapDirectoryClientTest {

    private final DirectoryWorld directory = new DirectoryWorld();

    @AfterEach
    void close() {
        directory.close();
    }

    private LdapEndpoint plain() {
        return new LdapEndpoint("ldap", directory.ldap.host(), directory.ldap.ldapPort());
    }

    private LdapEndpoint secure() {
        return new LdapEndpoint("ldaps", directory.ldap.host(), directory.ldap.ldapsPort());
    }

    /** The world, with the directory's TLS root trusted too. */
    private World world() {
        directory.world();
        return directory.world(Limits.defaults(), List.of(directory.root.der(), LdapDirectoryServer.shared().tlsRootDer()));
    }

    @Test
    void anAnonymousSearchByMailFindsEveryPublishedValue() {
        IssuedCertificate smime = directory.leaf("bob@contoso.com");
        IssuedCertificate plain = directory.leaf("bob@contoso.com");
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob")
                .withUserCertificate(plain.der()).withUserSmimeCertificate(smime.der()));

        SourceAnswer<List<byte[]>> bob = new LdapDirectoryClient(world()).certificates(plain(), "bob@contoso.com");

        assertThat(bob.found()).as("%s", bob).isTrue();
        assertThat(bob.value()).containsExactly(smime.der(), plain.der());
        assertThat(directory.journal.entries(Service.LDAP)).extracting(Journal.Entry::operation, Journal.Entry::asked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("connect", "ldap"),
                        org.assertj.core.groups.Tuple.tuple("bind", ""),
                        org.assertj.core.groups.Tuple.tuple("search", "(objectClass=*)"),
                        org.assertj.core.groups.Tuple.tuple("search", "(mail=bob@contoso.com)"));
    }

    @Test
    void overLdapsTheServerIsTrustedThroughTheVirtualCertificateCollectionAndItsHostName() {
        IssuedCertificate bob = directory.leaf("bob@contoso.com");
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(bob.der()));

        SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(world()).certificates(secure(), "bob@contoso.com");
        SourceAnswer<List<byte[]>> byName = new LdapDirectoryClient(world())
                .certificates(new LdapEndpoint("ldaps", "localhost", directory.ldap.ldapsPort()), "bob@contoso.com");

        assertThat(found.found()).as("%s", found).isTrue();
        assertThat(byName.found()).as("%s", byName).isTrue();
        assertThat(directory.journal.entries(Service.LDAP)).extracting(Journal.Entry::asked).contains("ldaps");
    }

    @Test
    void overLdapsAServerWhoseRootIsNotTrustedIsUnreachable() {
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));

        SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(directory.world()).certificates(secure(), "bob@contoso.com");

        assertThat(found.problem().orElseThrow().code()).as("%s", found).isEqualTo(OutcomeCode.LDAP_UNREACHABLE);
        assertThat(directory.ldap.searches()).isEmpty();
    }

    @Test
    void theAddressIsOneEscapedValueSoAFilterInjectionFindsNothing() throws LDAPException {
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));
        directory.ldap.publish(DirectoryUser.of("carol@contoso.com", "Carol").withUserCertificate(directory.leaf("carol@contoso.com").der()));
        LdapDirectoryClient client = new LdapDirectoryClient(world());

        for (String attack : List.of("*)(mail=*", "*", "bob@contoso.com)(|(mail=*", "*)(objectClass=*")) {
            SourceAnswer<List<byte[]>> found = client.certificates(plain(), attack);

            assertThat(found.kind()).as("%s: %s", attack, found).isEqualTo(SourceAnswer.Kind.NOT_FOUND);
            String sent = directory.ldap.searches().get(directory.ldap.searches().size() - 1);
            Filter filter = Filter.create(sent);
            assertThat(filter.getFilterType()).as(sent).isEqualTo(Filter.FILTER_TYPE_EQUALITY);
            assertThat(filter.getAttributeName()).isEqualTo("mail");
            assertThat(filter.getAssertionValue()).isEqualTo(attack);
        }
    }

    @Test
    void aDirectoryThatDemandsABindGivesNothingAndSaysSo() {
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));
        directory.ldap.fail(LdapFault.BIND_REQUIRED);

        SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(world()).certificates(plain(), "bob@contoso.com");

        assertThat(found.problem().orElseThrow().code()).as("%s", found).isEqualTo(OutcomeCode.LDAP_BIND_REQUIRED);
        assertThat(directory.journal.entries(Service.LDAP)).filteredOn(e -> e.operation().equals("bind"))
                .extracting(Journal.Entry::asked).containsOnly("");
    }

    @Test
    void aDirectoryThatNeverAnswersIsGivenUpWithinTheTimeout() {
        directory.ldap.publish(DirectoryUser.of("bob@contoso.com", "Bob").withUserCertificate(directory.leaf("bob@contoso.com").der()));
        directory.ldap.fail(LdapFault.TIMEOUT);

        // The directory would answer properly after three seconds; an answer without the certificate
        // shows the client gave up before (its budget is the world's one second).
        SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(world()).certificates(plain(), "bob@contoso.com");

        assertThat(found.problem().orElseThrow().code()).as("%s", found).isEqualTo(OutcomeCode.LDAP_UNREACHABLE);
        assertThat(found.problem().orElseThrow().message()).contains("did not answer within 1000 ms");
    }

    @Test
    void aDirectoryThatIsDownResetsOrIsUnavailableIsUnreachable() {
        for (LdapFault fault : List.of(LdapFault.UNAVAILABLE, LdapFault.CONNECTION_RESET, LdapFault.CONNECTION_REFUSED)) {
            try (DirectoryWorld another = new DirectoryWorld()) {
                LdapEndpoint endpoint = new LdapEndpoint("ldap", another.ldap.host(), another.ldap.ldapPort());
                another.ldap.fail(fault);

                SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(another.world()).certificates(endpoint, "bob@contoso.com");

                assertThat(found.problem().orElseThrow().code()).as("%s: %s", fault, found).isEqualTo(OutcomeCode.LDAP_UNREACHABLE);
            }
        }
    }

    @Test
    void anAddressTheDirectoryDoesNotHoldIsNotFound() {
        SourceAnswer<List<byte[]>> found = new LdapDirectoryClient(world()).certificates(plain(), "nobody@contoso.com");

        assertThat(found.kind()).isEqualTo(SourceAnswer.Kind.NOT_FOUND);
    }
}
