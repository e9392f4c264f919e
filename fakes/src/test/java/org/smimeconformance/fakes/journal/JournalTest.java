package org.smimeconformance.fakes.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void keeps_entries_in_the_order_seen_with_increasing_sequence_numbers() {
        Journal journal = new Journal();
        journal.record(Service.GLOBAL_ADDRESS_LIST, "GET", "users/alice@contoso.com");
        journal.record(Service.LDAP, "search", "(mail=alice@contoso.com)");
        journal.record(Service.CRL, "GET", "contoso-root-ca.crl");
        journal.record(Service.LDAP, "search", "(mail=bob@contoso.com)");

        assertThat(journal.services()).containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP, Service.CRL, Service.LDAP);
        assertThat(journal.order()).containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP, Service.CRL);
        assertThat(journal.entries(Service.LDAP)).extracting(Journal.Entry::asked)
                .containsExactly("(mail=alice@contoso.com)", "(mail=bob@contoso.com)");
        assertThat(journal.entries()).extracting(Journal.Entry::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void sequence_numbers_are_shared_by_every_journal_of_the_run() {
        Journal one = new Journal();
        Journal other = new Journal();

        long first = one.record(Service.AIA, "GET", "a.cer").sequence();
        long second = other.record(Service.AIA, "GET", "b.cer").sequence();
        long third = one.record(Service.AIA, "GET", "c.cer").sequence();

        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
    }

    @Test
    void stays_in_sequence_order_when_fakes_write_at_once() throws Exception {
        Journal journal = new Journal();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = List.of(
                    threads.submit(() -> write(journal, Service.LDAP)),
                    threads.submit(() -> write(journal, Service.GLOBAL_ADDRESS_LIST)),
                    threads.submit(() -> write(journal, Service.CRL)),
                    threads.submit(() -> write(journal, Service.AIA)));
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(journal.entries()).hasSize(2000).extracting(Journal.Entry::sequence).isSorted();
    }

    @Test
    void forgets_only_the_services_asked() {
        Journal journal = new Journal();
        journal.record(Service.CRL, "GET", "root.crl");
        journal.record(Service.LDAP, "connect", "ldap");

        journal.forget(List.of(Service.CRL, Service.AIA));

        assertThat(journal.services()).containsExactly(Service.LDAP);
    }

    private static void write(Journal journal, Service service) {
        for (int i = 0; i < 500; i++) {
            journal.record(service, "op", Integer.toString(i));
        }
    }
}
