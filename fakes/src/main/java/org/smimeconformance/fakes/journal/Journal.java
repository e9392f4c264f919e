package org.smimeconformance.fakes.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fakes of one scenario saw, in the order they saw it: every CRL and AIA fetch, every
 * Global Address List request and every LDAP connection, bind and search. A scenario asserts the
 * order of lookups from here, never from what the implementation reports about itself.
 *
 * <p>Order is a sequence number drawn from one counter shared by every journal of the run when the
 * fake receives the request (before it answers), so it never depends on clock resolution. Within
 * one journal, entries are kept in sequence order.
 *
 * <p>Thread-safe: fakes append from their server threads while the scenario reads.
 */
public final class Journal {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /**
     * One thing a fake saw.
     *
     * @param sequence  its place in the run, increasing in the order the fakes saw things
     * @param service   which fake saw it
     * @param operation what was done: the HTTP method ({@code GET}); for LDAP {@code connect},
     *                  {@code bind} or {@code search}
     * @param asked     what was asked for: for HTTP the decoded path below the service
     *                  ({@code contoso-root-ca.crl}, {@code users/alice@contoso.com}); for LDAP the
     *                  scheme connected to ({@code ldap}, {@code ldaps}), the bind DN (empty when
     *                  anonymous) or the search filter ({@code (mail=alice@contoso.com)})
     */
    public record Entry(long sequence, Service service, String operation, String asked) {

        public Entry {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(asked, "asked");
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Appends what a fake just saw and returns it with its sequence number. */
    public Entry record(Service service, String operation, String asked) {
        synchronized (entries) {
            // The number is drawn under the lock so that the list stays in sequence order.
            Entry entry = new Entry(SEQUENCE.incrementAndGet(), service, operation, asked);
            entries.add(entry);
            return entry;
        }
    }

    /** Everything seen so far, oldest first. A copy. */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** What one service saw, oldest first. */
    public List<Entry> entries(Service service) {
        return entries().stream().filter(e -> e.service() == service).toList();
    }

    /** The service of every entry, oldest first, repeats included. */
    public List<Service> services() {
        return entries().stream().map(Entry::service).toList();
    }

    /** Each service that saw anything, once, in the order it was first asked. */
    public List<Service> order() {
        Set<Service> first = new LinkedHashSet<>();
        for (Entry entry : entries()) {
            first.add(entry.service());
        }
        return List.copyOf(first);
    }

    /** Forgets what the given services saw (their fakes are being closed). */
    public void forget(Collection<Service> services) {
        Set<Service> gone = services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services);
        synchronized (entries) {
            entries.removeIf(e -> gone.contains(e.service()));
        }
    }
}
