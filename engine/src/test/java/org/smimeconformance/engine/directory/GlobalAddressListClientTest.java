package org.smimeconformance.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.directory.DistributionGroup;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/** The Global Address List client against the fake Global Address List. */
class GlobalAddressListClientTest {

    private final DirectoryWorld directory = new DirectoryWorld();

    @AfterEach
    void close() {
        directory.close();
    }

    @Test
    void aUserComesWithItsPublishedCertificatesUserSmimeCertificateFirst() {
        IssuedCertificate smime = directory.leaf("bob@contoso.com");
        IssuedCertificate plain = directory.leaf("bob@contoso.com");
        directory.gal.add(DirectoryUser.of("bob@contoso.com", "Bob").withProxyAddresses("robert@contoso.com")
                .withUserCertificate(plain.der()).withUserSmimeCertificate(smime.der()));
        GlobalAddressListClient client = DirectoryWorld.galClient(directory.world());

        SourceAnswer<GalEntry.User> bob = client.user("Robert@Contoso.com");

        assertThat(bob.found()).as("%s", bob).isTrue();
        assertThat(bob.value().address()).isEqualTo("bob@contoso.com");
        assertThat(bob.value().published()).containsExactly(smime.der(), plain.der());
        assertThat(directory.gal.requested()).containsExactly("users/Robert@Contoso.com");
    }

    @Test
    void anAddressTheListDoesNotHoldIsNotFoundAndNotAFailure() {
        GlobalAddressListClient client = DirectoryWorld.galClient(directory.world());

        SourceAnswer<GalEntry.User> nobody = client.user("nobody@contoso.com");

        assertThat(nobody.kind()).isEqualTo(SourceAnswer.Kind.NOT_FOUND);
        assertThat(nobody.problem().orElseThrow().code()).isEqualTo(OutcomeCode.CERT_NOT_FOUND);
    }

    @Test
    void aRecipientIsAUserOrAGroupAndAGroupListsItsDirectMembers() {
        directory.gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        directory.gal.add(DistributionGroup.of("emea@contoso.com", "EMEA", List.of("carol@contoso.com")));
        directory.gal.add(DistributionGroup.of("sales@contoso.com", "Sales",
                List.of("alice@contoso.com", "emea@contoso.com", "ghost@contoso.com")));
        GlobalAddressListClient client = DirectoryWorld.galClient(directory.world());

        assertThat(client.recipient("sales@contoso.com").value()).isEqualTo(new GalEntry.Group("sales@contoso.com"));
        assertThat(client.recipient("alice@contoso.com").value()).isInstanceOf(GalEntry.User.class);
        assertThat(client.members("sales@contoso.com", Limits.DEFAULT_MAX_GROUP_MEMBERS).value().members()).extracting(GalEntry::address, GalEntry::getClass)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alice@contoso.com", GalEntry.User.class),
                        org.assertj.core.groups.Tuple.tuple("emea@contoso.com", GalEntry.Group.class),
                        org.assertj.core.groups.Tuple.tuple("ghost@contoso.com", GalEntry.User.class));
        assertThat(client.members("nobody@contoso.com", Limits.DEFAULT_MAX_GROUP_MEMBERS).kind()).isEqualTo(SourceAnswer.Kind.NOT_FOUND);
    }

    @Test
    void anAddressThatLooksLikeAPathStaysOneSegment() {
        directory.gal.add(DistributionGroup.of("sales@contoso.com", "Sales", List.of("alice@contoso.com")));
        GlobalAddressListClient client = DirectoryWorld.galClient(directory.world());

        // The list reads the escaped slashes as a path it has no route for: no answer, and above all no group.
        assertThat(client.user("../groups/sales@contoso.com").found()).isFalse();
        assertThat(client.user("sales@contoso.com/members").found()).isFalse();
        assertThat(client.user("..").found()).isFalse();
        assertThat(directory.gal.requests()).isEqualTo(3);
    }

    @Test
    void everyFaultOfTheListIsGalUnreachable() {
        directory.gal.add(DirectoryUser.of("bob@contoso.com", "Bob"));
        for (EndpointFault fault : List.of(EndpointFault.SERVER_ERROR, EndpointFault.GARBAGE,
                EndpointFault.CONNECTION_RESET, EndpointFault.TIMEOUT)) {
            directory.gal.fail("bob@contoso.com", fault);
            World world = directory.world();

            SourceAnswer<GalEntry.User> bob = DirectoryWorld.galClient(world).user("bob@contoso.com");

            assertThat(bob.kind()).as("%s: %s", fault, bob).isEqualTo(SourceAnswer.Kind.FAILED);
            assertThat(bob.problem().orElseThrow().code()).isEqualTo(OutcomeCode.GAL_UNREACHABLE);
        }
    }

    @Test
    void aRefusedConnectionIsGalUnreachable() {
        directory.gal.fail(EndpointFault.CONNECTION_REFUSED);

        SourceAnswer<GalEntry> bob = DirectoryWorld.galClient(directory.world()).recipient("bob@contoso.com");

        assertThat(bob.problem().orElseThrow().code()).isEqualTo(OutcomeCode.GAL_UNREACHABLE);
        assertThat(bob.problem().orElseThrow().message()).contains("connection refused");
    }

    @Test
    void segmentsKeepAddressCharactersAndEscapeTheRest() {
        assertThat(GlobalAddressListClient.segment("bob+mail@contoso.com")).isEqualTo("bob+mail@contoso.com");
        assertThat(GlobalAddressListClient.segment("a/b?c#d@x")).isEqualTo("a%2Fb%3Fc%23d@x");
        assertThat(GlobalAddressListClient.segment("zoë@x")).isEqualTo("zo%C3%AB@x");
        assertThat(GlobalAddressListClient.segment("..")).isEqualTo("%2E%2E");
    }
}
