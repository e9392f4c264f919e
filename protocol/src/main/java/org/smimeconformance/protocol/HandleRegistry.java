package org.smimeconformance.protocol;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.smimeconformance.contract.MailClient;

/**
 * The server's side of the ids in the protocol's paths: the open clients by the id the server chose
 * for each ({@code c1}, {@code c2}, ...), and in each client the objects its handles opened
 * ({@code devices/d1}, ...).
 *
 * <p>Bounded: when more than {@link #maxOpenClients()} clients are open, registering one more closes
 * the oldest, so that a driver that forgets to close cannot exhaust memory; a client keeps at most
 * {@link #maxHandlesPerClient()} objects in each of its collections. Thread-safe; a client is closed
 * outside the registry's lock.
 */
final class HandleRegistry {

    private final int maxOpenClients;
    private final int maxHandlesPerClient;
    private final AtomicLong clientIds = new AtomicLong();
    /** Open clients, oldest first. Guarded by itself. */
    private final LinkedHashMap<String, OpenClient> clients = new LinkedHashMap<>();

    HandleRegistry(int maxOpenClients, int maxHandlesPerClient) {
        this.maxOpenClients = atLeastOne(maxOpenClients, "maxOpenClients");
        this.maxHandlesPerClient = atLeastOne(maxHandlesPerClient, "maxHandlesPerClient");
    }

    /** The most clients open at once. */
    int maxOpenClients() {
        return maxOpenClients;
    }

    /** The most objects one client keeps in one collection (its devices). */
    int maxHandlesPerClient() {
        return maxHandlesPerClient;
    }

    /** Keeps a newly opened client under a new id, closing the oldest when too many are open; the id. */
    String register(MailClient client) {
        Objects.requireNonNull(client, "client");
        String id = "c" + clientIds.incrementAndGet();
        OpenClient evicted = null;
        synchronized (clients) {
            clients.put(id, new OpenClient(client, maxHandlesPerClient));
            if (clients.size() > maxOpenClients) {
                Iterator<OpenClient> oldest = clients.values().iterator();
                evicted = oldest.next();
                oldest.remove();
            }
        }
        if (evicted != null) {
            evicted.close();
        }
        return id;
    }

    /** The open client of that id; empty when there is none (never opened, closed or evicted). */
    Optional<OpenClient> find(String id) {
        synchronized (clients) {
            return Optional.ofNullable(clients.get(id));
        }
    }

    /** Forgets and closes the client of that id; false when none was open. */
    boolean close(String id) {
        OpenClient client;
        synchronized (clients) {
            client = clients.remove(id);
        }
        if (client == null) {
            return false;
        }
        client.close();
        return true;
    }

    /** Forgets and closes every open client. */
    void closeAll() {
        List<OpenClient> open;
        synchronized (clients) {
            open = new ArrayList<>(clients.values());
            clients.clear();
        }
        open.forEach(OpenClient::close);
    }

    /** How many clients are open now. */
    int size() {
        synchronized (clients) {
            return clients.size();
        }
    }

    /** The ids of the open clients, oldest first. */
    List<String> ids() {
        synchronized (clients) {
            return List.copyOf(clients.keySet());
        }
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    /** An open client and the objects opened in it, by collection ({@code devices}) and id. */
    static final class OpenClient {
        private final MailClient client;
        private final int maxPerCollection;
        /** Collection segment ({@code devices}) to id to object; guarded by {@code this}. */
        private final Map<String, Map<String, Object>> handles = new LinkedHashMap<>();
        /** Object to id, by identity: the contract returns the same app for the same device. Guarded by {@code this}. */
        private final Map<Object, String> ids = new IdentityHashMap<>();

        private OpenClient(MailClient client, int maxPerCollection) {
            this.client = client;
            this.maxPerCollection = maxPerCollection;
        }

        /** The client of the contract. */
        MailClient client() {
            return client;
        }

        /** The object of that id in the collection, or null. */
        synchronized Object handle(String collection, String id) {
            return handles.getOrDefault(collection, Map.of()).get(id);
        }

        /**
         * The id of an opened object: the one it already has, or a new one made of the first letter of
         * {@code variable} and a number ({@code d1}); empty when the collection is full.
         */
        synchronized Optional<String> idFor(String collection, String variable, Object opened) {
            String known = ids.get(opened);
            if (known != null) {
                return Optional.of(known);
            }
            Map<String, Object> collected = handles.computeIfAbsent(collection, c -> new LinkedHashMap<>());
            if (collected.size() >= maxPerCollection) {
                return Optional.empty();
            }
            String id = variable.charAt(0) + String.valueOf(collected.size() + 1);
            collected.put(id, opened);
            ids.put(opened, id);
            return Optional.of(id);
        }

        private void close() {
            try {
                client.close();
            } catch (RuntimeException e) {
                // the contract says close never throws; one that does must not stop the server
            }
        }
    }
}
