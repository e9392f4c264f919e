package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.protocol.HandleRegistry.OpenClient;

/** The ids the server chooses, and the bounds on what it keeps. */
class HandleRegistryTest {

    private final List<String> closed = new CopyOnWriteArrayList<>();
    private final HandleRegistry registry = new HandleRegistry(2, 2);

    @Test
    void clients_get_new_ids_and_past_the_bound_the_oldest_is_closed() {
        String first = registry.register(client("first"));
        String second = registry.register(client("second"));
        String third = registry.register(client("third"));

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        assertThat(registry.ids()).containsExactly(second, third);
        assertThat(registry.size()).isEqualTo(2);
        assertThat(closed).containsExactly("first");
        assertThat(registry.find(first)).isEmpty();
        assertThat(registry.find(third)).isPresent();
    }

    @Test
    void a_closed_client_is_forgotten_and_closed_once_and_ids_are_not_reused() {
        String id = registry.register(client("only"));

        assertThat(registry.close(id)).isTrue();
        assertThat(registry.close(id)).isFalse();
        assertThat(registry.close("c999")).isFalse();
        assertThat(closed).containsExactly("only");
        assertThat(registry.register(client("next"))).isNotEqualTo(id);
    }

    @Test
    void the_same_object_has_the_same_id_and_a_full_collection_takes_no_more() {
        OpenClient client = registry.find(registry.register(client("alice"))).orElseThrow();
        Object phone = new Object();
        Object tablet = new Object();

        String phoneId = client.idFor("devices", phone).orElseThrow();
        String tabletId = client.idFor("devices", tablet).orElseThrow();

        assertThat(client.idFor("devices", phone)).hasValue(phoneId);
        assertThat(tabletId).isNotEqualTo(phoneId).matches("[A-Za-z0-9_-]{22}");
        assertThat(client.idFor("devices", new Object())).isEmpty();
        assertThat(client.idFor("devices", tablet)).hasValue(tabletId);
        assertThat(client.handle("devices", phoneId)).isSameAs(phone);
        assertThat(client.handle("devices", "d1")).isNull();
        assertThat(client.handle("widgets", phoneId)).isNull();
    }

    @Test
    void ids_are_128_random_bits_never_a_count() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(HandleRegistry.newId());
        }

        assertThat(ids).hasSize(1_000).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        assertThat(java.util.Base64.getUrlDecoder().decode(ids.iterator().next())).hasSize(16);
    }

    @Test
    void a_client_is_sent_at_most_its_bytes_and_all_together_at_most_theirs_past_which_the_oldest_close() {
        HandleRegistry bounded = new HandleRegistry(10, 2, 100, 250);
        String first = bounded.register(client("first"), 40);
        OpenClient second = bounded.find(bounded.register(client("second"), 0)).orElseThrow();
        OpenClient third = bounded.find(bounded.register(client("third"), 0)).orElseThrow();

        assertThat(bounded.charge(second, 60)).isTrue();
        assertThat(bounded.charge(second, 41)).as("past the client's 100 bytes").isFalse();
        assertThat(bounded.charge(second, 40)).as("exactly its 100").isTrue();
        assertThat(bounded.bytesInAll()).isEqualTo(140);
        assertThat(bounded.charge(third, 100)).isTrue();
        assertThat(bounded.bytesInAll()).as("240 of 250").isEqualTo(240);
        assertThat(closed).isEmpty();
        OpenClient fourth = bounded.find(bounded.register(client("fourth"), 20)).orElseThrow();

        assertThat(closed).as("260 > 250: the oldest goes").containsExactly("first");
        assertThat(bounded.find(first)).isEmpty();
        assertThat(bounded.bytesInAll()).isEqualTo(220);
        assertThat(bounded.charge(fourth, 80)).isTrue();
        assertThat(closed).as("300 > 250: the oldest but the one charged goes").containsExactly("first", "second");
        assertThat(bounded.size()).isEqualTo(2);
        assertThatThrownBy(() -> new HandleRegistry(1, 1, 10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytesInAll");
    }

    @Test
    void closing_all_closes_every_client_even_when_one_throws() {
        registry.register(ScriptedImplementation.stub(MailClient.class, Map.of("close", args -> {
            throw new IllegalStateException("closing failed");
        })));
        registry.register(client("second"));

        registry.closeAll();

        assertThat(registry.size()).isZero();
        assertThat(closed).containsExactly("second");
    }

    @Test
    void bounds_are_at_least_one() {
        assertThatThrownBy(() -> new HandleRegistry(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxOpenClients");
        assertThatThrownBy(() -> new HandleRegistry(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxHandlesPerClient");
    }

    private MailClient client(String name) {
        return ScriptedImplementation.stub(MailClient.class, Map.of("close", args -> {
            closed.add(name);
            return null;
        }));
    }
}
