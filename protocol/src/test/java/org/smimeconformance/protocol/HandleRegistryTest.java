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

        assertThat(List.of(first, second, third)).containsExactly("c1", "c2", "c3");
        assertThat(registry.ids()).containsExactly("c2", "c3");
        assertThat(registry.size()).isEqualTo(2);
        assertThat(closed).containsExactly("first");
        assertThat(registry.find("c1")).isEmpty();
        assertThat(registry.find("c3")).isPresent();
    }

    @Test
    void a_closed_client_is_forgotten_and_closed_once_and_ids_are_not_reused() {
        String id = registry.register(client("only"));

        assertThat(registry.close(id)).isTrue();
        assertThat(registry.close(id)).isFalse();
        assertThat(registry.close("c999")).isFalse();
        assertThat(closed).containsExactly("only");
        assertThat(registry.register(client("next"))).isEqualTo("c2");
    }

    @Test
    void the_same_object_has_the_same_id_and_a_full_collection_takes_no_more() {
        OpenClient client = registry.find(registry.register(client("alice"))).orElseThrow();
        Object phone = new Object();
        Object tablet = new Object();

        assertThat(client.idFor("devices", "device", phone)).hasValue("d1");
        assertThat(client.idFor("devices", "device", phone)).hasValue("d1");
        assertThat(client.idFor("devices", "device", tablet)).hasValue("d2");
        assertThat(client.idFor("devices", "device", new Object())).isEmpty();
        assertThat(client.idFor("devices", "device", tablet)).hasValue("d2");
        assertThat(client.handle("devices", "d1")).isSameAs(phone);
        assertThat(client.handle("devices", "d3")).isNull();
        assertThat(client.handle("widgets", "d1")).isNull();
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
