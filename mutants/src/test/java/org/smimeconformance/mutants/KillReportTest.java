package org.smimeconformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillReportTest {

    @TempDir
    Path dir;

    @Test
    void an_uncaught_mutant_lowers_the_kill_rate_of_its_family_and_is_named() throws IOException {
        KillReport report = new KillReport();
        report.add(new KillReport.Entry("mutant-a", "TRUST-2", "skips CRLs", 3, List.of("The CRL is fetched")));
        report.add(new KillReport.Entry("mutant-b", "TRUST-9", "fails open", 2, List.of()));
        report.add(new KillReport.Entry("mutant-c", "SEND-5", "signs opaque", 1, List.of("Clear-signed")));

        report.write(dir);

        assertThat(report.killRate()).isEqualTo("2 of 3 mutants caught (67%)");
        assertThat(dir.resolve("mutants.md")).content()
                .contains("**Kill rate: 2 of 3 mutants caught (67%).**", "| TRUST | 2 | 1 | 50% |", "| SEND | 1 | 1 | 100% |",
                        "| mutant-b | TRUST-9 | fails open | 0 of 2 | **not caught** |");
        assertThat(dir.resolve("mutants.html")).content()
                .contains("<title>Mutants: 2 of 3 mutants caught (67%)</title>", "<td>mutant-b</td>");
    }
}
