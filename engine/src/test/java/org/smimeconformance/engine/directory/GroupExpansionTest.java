package org.smimeconformance.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.directory.DistributionGroup;
import org.smimeconformance.fakes.http.EndpointFault;

/** Distribution groups expanded against the fake Global Address List (SEND-4). */
class GroupExpansionTest {

    private final DirectoryWorld directory = new DirectoryWorld();

    @AfterEach
    void close() {
        directory.close();
    }

    private GroupExpansion.Expanded expand(int maxDepth, String... recipients) {
        return expand(maxDepth, Limits.DEFAULT_MAX_GROUP_MEMBERS, new GlobalAddressListSource[1], recipients);
    }

    private GroupExpansion.Expanded expand(int maxDepth, int maxMembers, GlobalAddressListSource[] users, String... recipients) {
        World world = directory.world(Limits.defaults().withMaxGroupNestingDepth(maxDepth), List.of(directory.root.der()));
        GlobalAddressListClient gal = DirectoryWorld.galClient(world);
        users[0] = new GlobalAddressListSource(gal);
        return new GroupExpansion(gal, users[0], maxDepth, maxMembers).expand(List.of(recipients));
    }

    @Test
    void nestedGroupsAreExpandedDepthFirstAndEachPersonComesOnce() {
        directory.gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        directory.gal.add(DistributionGroup.of("emea@contoso.com", "EMEA", List.of("carol@contoso.com", "Alice@Contoso.com")));
        directory.gal.add(DistributionGroup.of("sales@contoso.com", "Sales",
                List.of("alice@contoso.com", "emea@contoso.com", "dave@contoso.com", "carol@contoso.com")));

        GroupExpansion.Expanded expanded = expand(10, "bob@contoso.com", "sales@contoso.com", "dave@contoso.com");

        assertThat(expanded.stopped()).isEmpty();
        assertThat(expanded.people().keySet()).containsExactly("bob@contoso.com", "alice@contoso.com",
                "carol@contoso.com", "dave@contoso.com");
        assertThat(expanded.people().values()).allMatch(Optional::isEmpty);
    }

    @Test
    void aCycleEndsAndEachGroupIsAskedForItsMembersOnce() {
        directory.gal.add(DistributionGroup.of("a@contoso.com", "A", List.of("b@contoso.com", "alice@contoso.com")));
        directory.gal.add(DistributionGroup.of("b@contoso.com", "B", List.of("a@contoso.com", "bob@contoso.com")));
        directory.gal.add(DistributionGroup.of("c@contoso.com", "C", List.of("c@contoso.com", "carol@contoso.com")));

        GroupExpansion.Expanded expanded = expand(10, "a@contoso.com", "c@contoso.com", "b@contoso.com");

        assertThat(expanded.people().keySet()).containsExactly("bob@contoso.com", "alice@contoso.com", "carol@contoso.com");
        assertThat(directory.gal.requested()).map(path -> path.replaceAll("\\?.*", "")).filteredOn(path -> path.endsWith("/members"))
                .containsExactly("groups/a@contoso.com/members", "groups/b@contoso.com/members", "groups/c@contoso.com/members");
    }

    @Test
    void aGroupDeeperThanTheLimitStopsTheExpansion() {
        directory.gal.add(DistributionGroup.of("level0@contoso.com", "0", List.of("level1@contoso.com")));
        directory.gal.add(DistributionGroup.of("level1@contoso.com", "1", List.of("level2@contoso.com", "alice@contoso.com")));
        directory.gal.add(DistributionGroup.of("level2@contoso.com", "2", List.of("bob@contoso.com")));

        assertThat(expand(2, "level0@contoso.com").stopped()).isEmpty();
        assertThat(expand(2, "level0@contoso.com").people().keySet()).containsExactly("bob@contoso.com", "alice@contoso.com");
        Optional<Outcome> tooDeep = expand(1, "level0@contoso.com").stopped();
        assertThat(tooDeep.map(Outcome::code)).contains(OutcomeCode.GROUP_NESTING_TOO_DEEP);
        assertThat(tooDeep.orElseThrow().message()).contains("level0@contoso.com > level1@contoso.com > level2@contoso.com");
        assertThat(expand(0, "level0@contoso.com").stopped()).isPresent();
    }

    @Test
    void aGroupWhoseMembersCannotBeListedStaysARecipientWithTheProblem() {
        directory.gal.add(DistributionGroup.of("sales@contoso.com", "Sales", List.of("alice@contoso.com")));
        directory.gal.fail("sales@contoso.com", EndpointFault.SERVER_ERROR);
        directory.gal.add(DistributionGroup.of("all@contoso.com", "All", List.of("sales@contoso.com", "bob@contoso.com")));

        GroupExpansion.Expanded expanded = expand(10, "all@contoso.com");

        assertThat(expanded.people().keySet()).containsExactly("sales@contoso.com", "bob@contoso.com");
        assertThat(expanded.people().get("sales@contoso.com").map(Outcome::code)).contains(OutcomeCode.GAL_UNREACHABLE);
    }

    @Test
    void aThousandMembersNestedFiveDeepAreEachListedOnce() {
        List<String> everyone = thousandNestedFiveDeep(directory);

        GroupExpansion.Expanded expanded = expand(10, "all@contoso.com");

        assertThat(expanded.stopped()).isEmpty();
        assertThat(new ArrayList<>(expanded.people().keySet())).containsExactlyElementsOf(everyone);
        // the recipient, then all@ (one page) and five levels of 201 or 202 members, 100 a page
        assertThat(directory.gal.requests()).isEqualTo(1 + 1 + 5 * 3);
    }

    @Test
    void theMembersCertificatesComeWithTheListSoNobodyIsAskedForAgain() {
        directory.gal.add(DirectoryUser.of("alice@contoso.com", "Alice").withUserCertificate(directory.root.der()));
        directory.gal.add(DistributionGroup.of("sales@contoso.com", "Sales", List.of("alice@contoso.com", "ghost@contoso.com")));
        GlobalAddressListSource[] users = new GlobalAddressListSource[1];

        expand(10, Limits.DEFAULT_MAX_GROUP_MEMBERS, users, "sales@contoso.com");
        long asked = directory.gal.requests();

        assertThat(users[0].candidates("alice@contoso.com").value()).hasSize(1);
        assertThat(users[0].candidates("ghost@contoso.com").value()).isEmpty();
        assertThat(directory.gal.requests()).as("no question per person").isEqualTo(asked);
    }

    @Test
    void aGroupOfAHundredThousandStopsTheMessageAfterTheLimitIsReadAndNoMore() {
        List<String> everyone = IntStream.range(0, 100_000).mapToObj(i -> "member" + i + "@contoso.com").toList();
        directory.gal.add(DistributionGroup.of("everyone@contoso.com", "Everyone", everyone));

        GroupExpansion.Expanded expanded = expand(10, 10_000, new GlobalAddressListSource[1], "everyone@contoso.com");

        assertThat(expanded.stopped().map(Outcome::code)).contains(OutcomeCode.GROUP_TOO_LARGE);
        assertThat(expanded.stopped().orElseThrow().message()).contains("10000", "everyone@contoso.com");
        // the recipient, then pages of 100 until the 10,001st member: 101 pages, never the other 899
        assertThat(directory.gal.requests()).isEqualTo(1 + 101);
    }

    @Test
    void theMemberLimitCountsEveryGroupOfTheMessageTogether() {
        directory.gal.add(DistributionGroup.of("a@contoso.com", "A", List.of("alice@contoso.com", "bob@contoso.com")));
        directory.gal.add(DistributionGroup.of("b@contoso.com", "B", List.of("carol@contoso.com", "dave@contoso.com")));

        assertThat(expand(10, 4, new GlobalAddressListSource[1], "a@contoso.com", "b@contoso.com").stopped()).isEmpty();
        assertThat(expand(10, 3, new GlobalAddressListSource[1], "a@contoso.com", "b@contoso.com").stopped().map(Outcome::code))
                .contains(OutcomeCode.GROUP_TOO_LARGE);
    }

    /**
     * all@contoso.com holds level1; level1..level5 each hold 200 people and the next level, so the
     * deepest group is nested five deep; every level also lists the first person of the level above
     * again, who must still come once. The people, in the order of a depth-first walk.
     */
    static List<String> thousandNestedFiveDeep(DirectoryWorld directory) {
        directory.gal.add(DistributionGroup.of("all@contoso.com", "All", List.of("level1@contoso.com")));
        for (int level = 1; level <= 5; level++) {
            int from = (level - 1) * 200;
            List<String> members = new ArrayList<>(IntStream.range(from, from + 200)
                    .mapToObj(i -> String.format("member%04d@contoso.com", i)).toList());
            if (level > 1) {
                members.add(String.format("member%04d@contoso.com", from - 200));
            }
            if (level < 5) {
                members.add(1, "level" + (level + 1) + "@contoso.com");
            }
            directory.gal.add(DistributionGroup.of("level" + level + "@contoso.com", "Level " + level, members));
        }
        // Depth first: member0000, then level2's people before the rest of level1's.
        List<String> walk = new ArrayList<>();
        walk(1, walk);
        return walk;
    }

    private static void walk(int level, List<String> walk) {
        int from = (level - 1) * 200;
        walk.add(String.format("member%04d@contoso.com", from));
        if (level < 5) {
            walk(level + 1, walk);
        }
        for (int i = from + 1; i < from + 200; i++) {
            walk.add(String.format("member%04d@contoso.com", i));
        }
    }
}
