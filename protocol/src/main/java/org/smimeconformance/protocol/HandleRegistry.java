package org.smimeconformance.protocol;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.MailClient;

/**
 * The server's side of the ids in the protocol's paths: the open clients by the id the server chose
 * for each, and in each client the objects its handles opened ({@code devices/{device}}, ...).
 *
 * <p>Ids are unguessable: 128 random bits from {@link SecureRandom}, base64url (22 characters), for
 * clients and devices alike, so that an id is a capability no other caller can come upon. A
 * client's devices are kept in that client, and found only under its path.
 *
 * <p>Bounded, so that a caller cannot exhaust memory:
 * <ul>
 *   <li>when more than {@link #maxOpenClients()} clients are open, registering one more closes the oldest;</li>
 *   <li>a client keeps at most {@link #maxHandlesPerClient()} objects in each of its collections;</li>
 *   <li>the bytes sent to a client (its world and every body sent to it or its devices, each counted before
 *       the implementation sees it) are at most {@link #maxBytesPerClient()}: past that, {@link #charge}
 *       refuses;</li>
 *   <li>the bytes sent to all open clients together are at most {@link #maxBytesInAll()}: past that, the
 *       oldest other clients are closed.</li>
 * </ul>
 * Thread-safe; a client is closed outside the registry's lock.
 */
final class HandleRegistry {

    /** The bytes a client may be sent by default: 32 MiB, twice the largest body the server reads by default. */
    static final long DEFAULT_MAX_BYTES_PER_CLIENT = 32L << 20;

    /** The bytes all open clients together may be sent by default: 256 MiB. */
    static final long DEFAULT_MAX_BYTES_IN_ALL = 256L << 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int maxOpenClients;
    private final int maxHandlesPerClient;
    private final long maxBytesPerClient;
    private final long maxBytesInAll;
    /** Open clients, oldest first. Guarded by itself, as are {@link #bytesInAll} and each client's bytes. */
    private final LinkedHashMap<String, OpenClient> clients = new LinkedHashMap<>();
    private long bytesInAll;

    HandleRegistry(int maxOpenClients, int maxHandlesPerClient) {
        this(maxOpenClients, maxHandlesPerClient, DEFAULT_MAX_BYTES_PER_CLIENT, DEFAULT_MAX_BYTES_IN_ALL);
    }

    HandleRegistry(int maxOpenClients, int maxHandlesPerClient, long maxBytesPerClient, long maxBytesInAll) {
        this.maxOpenClients = atLeastOne(maxOpenClients, "maxOpenClients");
        this.maxHandlesPerClient = atLeastOne(maxHandlesPerClient, "maxHandlesPerClient");
        this.maxBytesPerClient = atLeastOne(maxBytesPerClient, "maxBytesPerClient");
        this.maxBytesInAll = atLeastOne(maxBytesInAll, "maxBytesInAll");
        if (maxBytesInAll < maxBytesPerClient) {
            throw new IllegalArgumentException("maxBytesInAll (" + maxBytesInAll + ") must be at least maxBytesPerClient ("
                    + maxBytesPerClient + ")");
        }
    }

    /** The most clients open at once. */
    int maxOpenClients() {
        return maxOpenClients;
    }

    /** The most objects one client keeps in one collection (its devices). */
    int maxHandlesPerClient() {
        return maxHandlesPerClient;
    }

    /** The most bytes one client is sent. */
    long maxBytesPerClient() {
        return maxBytesPerClient;
    }

    /** The most bytes all open clients together are sent; past it the oldest are closed. */
    long maxBytesInAll() {
        return maxBytesInAll;
    }

    /** A new unguessable id: 16 bytes of {@link SecureRandom}, base64url without padding. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** As {@link #register(MailClient, long)}, with nothing sent to it yet. */
    String register(MailClient client) {
        return register(client, 0);
    }

    /**
     * Keeps a newly opened client under a new id, counting the bytes it was opened with (its world);
     * closes the oldest when too many are open or when all together have been sent too much. The id.
     */
    String register(MailClient client, long bytes) {
        Objects.requireNonNull(client, "client");
        OpenClient opened = new OpenClient(client, maxHandlesPerClient);
        List<OpenClient> evicted = new ArrayList<>();
        String id;
        synchronized (clients) {
            do {
                id = newId();
            } while (clients.containsKey(id));
            opened.bytes = bytes;
            bytesInAll += bytes;
            clients.put(id, opened);
            evictOldest(opened, evicted);
        }
        evicted.forEach(OpenClient::close);
        return id;
    }

    /**
     * Counts these bytes as sent to the client; false, counting nothing, when they would take it past
     * {@link #maxBytesPerClient()}. When all open clients together then hold more than
     * {@link #maxBytesInAll()}, the oldest others are closed.
     */
    boolean charge(OpenClient client, long bytes) {
        List<OpenClient> evicted = new ArrayList<>();
        synchronized (clients) {
            if (client.bytes + bytes > maxBytesPerClient) {
                return false;
            }
            client.bytes += bytes;
            if (clients.containsValue(client)) {
                bytesInAll += bytes;
                evictOldest(client, evicted);
            }
        }
        evicted.forEach(OpenClient::close);
        return true;
    }

    /** Under the lock: removes the oldest clients but {@code keep} while too many are open or too many bytes held. */
    private void evictOldest(OpenClient keep, List<OpenClient> evicted) {
        Iterator<OpenClient> oldest = clients.values().iterator();
        while ((clients.size() > maxOpenClients || bytesInAll > maxBytesInAll) && oldest.hasNext()) {
            OpenClient candidate = oldest.next();
            if (candidate != keep) {
                oldest.remove();
                bytesInAll -= candidate.bytes;
                evicted.add(candidate);
            }
        }
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
            if (client != null) {
                bytesInAll -= client.bytes;
            }
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
            bytesInAll = 0;
        }
        open.forEach(OpenClient::close);
    }

    /** How many clients are open now. */
    int size() {
        synchronized (clients) {
            return clients.size();
        }
    }

    /** The bytes sent to all open clients together. */
    long bytesInAll() {
        synchronized (clients) {
            return bytesInAll;
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

    private static long atLeastOne(long value, String name) {
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
        /** The bytes it has been sent; guarded by the registry's lock. */
        private long bytes;

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
         * The id of an opened object: the one it already has, or a new unguessable one; empty when the
         * collection is full.
         */
        synchronized Optional<String> idFor(String collection, Object opened) {
            String known = ids.get(opened);
            if (known != null) {
                return Optional.of(known);
            }
            Map<String, Object> collected = handles.computeIfAbsent(collection, c -> new LinkedHashMap<>());
            if (collected.size() >= maxPerCollection) {
                return Optional.empty();
            }
            String id;
            do {
                id = newId();
            } while (collected.containsKey(id));
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
