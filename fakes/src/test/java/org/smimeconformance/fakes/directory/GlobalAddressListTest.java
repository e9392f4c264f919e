package org.smimeconformance.fakes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.journal.Service;

class GlobalAddressListTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final byte[] ALICE_SMIME = {0x30, 0x03, 0x02, 0x01, 0x01};
    private static final byte[] ALICE_CERT = {0x30, 0x03, 0x02, 0x01, 0x02};

    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario();
    private final GlobalAddressList gal = GlobalAddressList.on(endpoints);

    @AfterEach
    void close() {
        endpoints.close();
    }

    @Test
    void serves_a_user_with_proxy_addresses_and_published_certificates() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice Wilber")
                .withProxyAddresses("alice.wilber@contoso.com")
                .withUserSmimeCertificate(ALICE_SMIME)
                .withUserCertificate(ALICE_CERT));

        HttpResponse<String> response = get("users/alice@contoso.com");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode user = JSON.readTree(response.body());
        assertThat(user.get("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
        assertThat(user.get("mail").asText()).isEqualTo("alice@contoso.com");
        assertThat(user.get("displayName").asText()).isEqualTo("Alice Wilber");
        assertThat(texts(user.get("proxyAddresses")))
                .containsExactly("SMTP:alice@contoso.com", "smtp:alice.wilber@contoso.com");
        assertThat(Base64.getDecoder().decode(user.get("userSMIMECertificate").get(0).asText())).isEqualTo(ALICE_SMIME);
        assertThat(Base64.getDecoder().decode(user.get("userCertificate").get(0).asText())).isEqualTo(ALICE_CERT);
    }

    @Test
    void finds_a_user_by_alias_ignoring_case_and_percent_encoding() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice").withProxyAddresses("alice.wilber@contoso.com"));

        assertThat(mail(get("users/Alice.Wilber@Contoso.com"))).isEqualTo("alice@contoso.com");
        assertThat(mail(get("users/alice%40contoso.com"))).isEqualTo("alice@contoso.com");
        assertThat(gal.requests("ALICE@contoso.com")).isEqualTo(1);
    }

    @Test
    void an_unknown_address_is_not_found_with_a_graph_like_error() throws Exception {
        HttpResponse<String> response = get("users/nobody@contoso.com");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":\"Request_ResourceNotFound\","
                + "\"message\":\"No user with the address nobody@contoso.com in the Global Address List.\"}}");
        assertThat(get("recipients/nobody@contoso.com").statusCode()).isEqualTo(404);
        assertThat(get("nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void serves_groups_and_their_direct_members_users_and_groups() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        gal.add(DirectoryUser.of("bob@contoso.com", "Bob"));
        gal.add(DistributionGroup.of("sales-emea@contoso.com", "Sales EMEA", List.of("bob@contoso.com")));
        gal.add(DistributionGroup.of("sales@contoso.com", "Sales",
                List.of("alice@contoso.com", "sales-emea@contoso.com", "ghost@contoso.com")));

        JsonNode group = JSON.readTree(get("groups/sales@contoso.com").body());
        JsonNode members = JSON.readTree(get("groups/sales@contoso.com/members").body()).get("value");

        assertThat(group.get("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
        assertThat(group.get("displayName").asText()).isEqualTo("Sales");
        assertThat(members).hasSize(3);
        assertThat(members.get(0).get("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
        assertThat(members.get(0).get("mail").asText()).isEqualTo("alice@contoso.com");
        assertThat(members.get(1).get("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
        assertThat(members.get(1).get("mail").asText()).isEqualTo("sales-emea@contoso.com");
        assertThat(members.get(2).get("mail").asText()).isEqualTo("ghost@contoso.com");
        assertThat(members.get(2).has("displayName")).isFalse();
        assertThat(get("users/sales@contoso.com").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("recipients/sales@contoso.com").body()).get("@odata.type").asText())
                .isEqualTo("#microsoft.graph.group");
        assertThat(JSON.readTree(get("recipients/alice@contoso.com").body()).get("@odata.type").asText())
                .isEqualTo("#microsoft.graph.user");
    }

    @Test
    void serves_cycles_as_stated_a_group_in_itself_and_two_groups_in_each_other() throws Exception {
        gal.add(DistributionGroup.of("loop@contoso.com", "Loop", List.of("loop@contoso.com")));
        gal.add(DistributionGroup.of("a@contoso.com", "A", List.of("b@contoso.com")));
        gal.add(DistributionGroup.of("b@contoso.com", "B", List.of("a@contoso.com")));

        assertThat(memberMails("loop@contoso.com")).containsExactly("loop@contoso.com");
        assertThat(memberMails("a@contoso.com")).containsExactly("b@contoso.com");
        assertThat(memberMails("b@contoso.com")).containsExactly("a@contoso.com");
    }

    @Test
    void a_thousand_members_nested_five_deep_is_one_stub_and_five_member_lists() throws Exception {
        for (int level = 1; level <= 5; level++) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String address = "user" + level + "-" + i + "@contoso.com";
                gal.add(DirectoryUser.of(address, "User " + level + "-" + i).withUserSmimeCertificate(ALICE_SMIME));
                members.add(address);
            }
            if (level < 5) {
                members.add("level" + (level + 1) + "@contoso.com");
            }
            gal.add(DistributionGroup.of("level" + level + "@contoso.com", "Level " + level, members));
        }

        Set<String> users = new HashSet<>();
        Deque<String> groups = new ArrayDeque<>(List.of("level1@contoso.com"));
        while (!groups.isEmpty()) {
            for (JsonNode member : JSON.readTree(get("groups/" + groups.pop() + "/members?$top=999").body()).get("value")) {
                if (member.get("@odata.type").asText().endsWith("group")) {
                    groups.push(member.get("mail").asText());
                } else {
                    users.add(member.get("mail").asText());
                }
            }
        }

        assertThat(users).hasSize(1000);
        assertThat(gal.requests()).isEqualTo(5);
        assertThat(mail(get("users/user5-199@contoso.com"))).isEqualTo("user5-199@contoso.com");
    }

    @Test
    void members_come_a_page_at_a_time_with_their_certificates_when_selected() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            members.add("member" + i + "@contoso.com");
        }
        gal.add(DirectoryUser.of("member0@contoso.com", "Member 0").withUserSmimeCertificate(ALICE_SMIME));
        gal.add(DistributionGroup.of("big@contoso.com", "Big", members));

        JsonNode first = JSON.readTree(get("groups/big@contoso.com/members?$select=mail,userSMIMECertificate").body());
        assertThat(first.get("value")).hasSize(GlobalAddressList.PAGE_SIZE);
        assertThat(Base64.getDecoder().decode(first.get("value").get(0).get("userSMIMECertificate").get(0).asText()))
                .isEqualTo(ALICE_SMIME);
        assertThat(first.get("value").get(1).get("userSMIMECertificate")).isEmpty();
        List<String> read = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            page.get("value").forEach(member -> read.add(member.get("mail").asText()));
            if (!page.has("@odata.nextLink")) {
                break;
            }
            page = JSON.readTree(send(URI.create(page.get("@odata.nextLink").asText())).body());
            assertThat(page.get("value").get(0).has("userCertificate")).as("the selection carries over").isTrue();
        }
        assertThat(read).isEqualTo(members);
        assertThat(gal.requests()).isEqualTo(3);
        assertThat(JSON.readTree(get("groups/big@contoso.com/members").body()).get("value").get(0).has("userCertificate"))
                .as("not selected").isFalse();
        assertThat(get("groups/big@contoso.com/members?$top=0").statusCode()).isEqualTo(400);
    }

    @Test
    void a_fault_is_mended_on_demand() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        gal.fail(EndpointFault.SERVER_ERROR);
        gal.fail("alice@contoso.com", EndpointFault.NOT_FOUND);
        assertThat(get("users/alice@contoso.com").statusCode()).isEqualTo(404);

        gal.mend();

        assertThat(get("users/alice@contoso.com").statusCode()).isEqualTo(200);
    }

    @Test
    void faults_on_demand_for_the_whole_list() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        for (EndpointFault fault : List.of(EndpointFault.NOT_FOUND, EndpointFault.SERVER_ERROR, EndpointFault.GARBAGE)) {
            gal.fail(fault);
            HttpResponse<String> response = get("users/alice@contoso.com");
            switch (fault) {
                case NOT_FOUND -> assertThat(response.statusCode()).isEqualTo(404);
                case SERVER_ERROR -> assertThat(response.statusCode()).isEqualTo(500);
                default -> assertThat(response.body()).contains("not what you asked for");
            }
        }
        gal.fail(EndpointFault.CONNECTION_RESET);
        assertThatThrownBy(() -> get("users/alice@contoso.com")).isInstanceOf(IOException.class);
        gal.fail(EndpointFault.TIMEOUT);
        HttpRequest slow = HttpRequest.newBuilder(URI.create(gal.address() + "/users/alice@contoso.com"))
                .timeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> CLIENT.send(slow, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        gal.fail(EndpointFault.CONNECTION_REFUSED);
        assertThatThrownBy(() -> get("users/alice@contoso.com")).isInstanceOf(ConnectException.class);
    }

    @Test
    void faults_on_demand_for_one_address_leave_the_others_alone() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        gal.add(DirectoryUser.of("bob@contoso.com", "Bob"));
        gal.fail("Bob@contoso.com", EndpointFault.SERVER_ERROR);

        assertThat(get("users/alice@contoso.com").statusCode()).isEqualTo(200);
        assertThat(get("users/bob@contoso.com").statusCode()).isEqualTo(500);
        assertThat(get("recipients/bob@contoso.com").statusCode()).isEqualTo(500);
        assertThatThrownBy(() -> gal.fail("bob@contoso.com", EndpointFault.CONNECTION_REFUSED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scenarios_do_not_see_each_other_and_closing_removes_the_list() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice"));
        URI address = gal.address();
        try (ScenarioEndpoints other = FakeHttpServer.shared().openScenario()) {
            GlobalAddressList otherGal = GlobalAddressList.on(other);
            assertThat(send(URI.create(otherGal.address() + "/users/alice@contoso.com")).statusCode()).isEqualTo(404);
            assertThat(otherGal.requests()).isEqualTo(1);
            assertThat(gal.requests()).isZero();
        }

        endpoints.close();

        assertThat(send(URI.create(address + "/users/alice@contoso.com")).statusCode()).isEqualTo(404);
        assertThat(endpoints.seen().entries(Service.GLOBAL_ADDRESS_LIST)).isEmpty();
    }

    @Test
    void an_address_belongs_to_one_entry_and_re_adding_replaces() throws Exception {
        gal.add(DirectoryUser.of("alice@contoso.com", "Alice").withProxyAddresses("al@contoso.com"));
        assertThatThrownBy(() -> gal.add(DirectoryUser.of("albert@contoso.com", "Albert").withProxyAddresses("AL@contoso.com")))
                .isInstanceOf(IllegalArgumentException.class);

        gal.add(DirectoryUser.of("alice@contoso.com", "Alice W."));

        assertThat(JSON.readTree(get("users/alice@contoso.com").body()).get("displayName").asText()).isEqualTo("Alice W.");
        assertThat(get("users/al@contoso.com").statusCode()).isEqualTo(404);
    }

    private List<String> memberMails(String group) throws Exception {
        List<String> mails = new ArrayList<>();
        for (JsonNode member : JSON.readTree(get("groups/" + group + "/members").body()).get("value")) {
            mails.add(member.get("mail").asText());
        }
        return mails;
    }

    private static String mail(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("mail").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(URI.create(gal.address() + "/" + path));
    }

    private static HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
