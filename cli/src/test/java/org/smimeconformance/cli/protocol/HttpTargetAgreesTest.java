package org.smimeconformance.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smimeconformance.protocol.AccessToken;
import org.smimeconformance.protocol.ContractPaths;
import org.smimeconformance.protocol.OpenApiValidator;
import org.smimeconformance.protocol.ProtocolServer;
import org.smimeconformance.reports.results.CucumberJsonReport;
import org.smimeconformance.reports.results.ScenarioRun;
import org.smimeconformance.cli.SmimeConformance;
import org.smimeconformance.steps.target.Targets;

/**
 * The protocol's own conformance test: every feature, run against the reference engine served
 * over the protocol ({@code --target http://127.0.0.1:PORT}), ends scenario by scenario as it ends
 * in process, and the HTTP run passes. Every request and answer of the HTTP run is checked against
 * the OpenAPI document as it goes. The in-process run is made twice, one scenario at a time and
 * with {@code --threads 2}: parallel runs must end scenario by scenario as the serial one.
 */
class HttpTargetAgreesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final OpenApiValidator schemas = new OpenApiValidator();
    private final AtomicInteger exchanges = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();

    @Test
    void every_scenario_ends_the_same_over_the_protocol_as_in_process() throws IOException {
        Run inProcess = run(Targets.DEFAULT, dir.resolve("in-process"), 1);
        Run inParallel = run(Targets.DEFAULT, dir.resolve("in-parallel"), 2);
        Run overHttp;
        try (ProtocolServer server = ProtocolServer.over(Targets.byName(Targets.DEFAULT)).listener(this::check).start()) {
            // as SMIME_CONFORMANCE_TOKEN would give it to 'run'
            System.setProperty(AccessToken.SYSTEM_PROPERTY, server.token().value());
            try {
                overHttp = run(server.uri().toString(), dir.resolve("over-http"), 2);
            } finally {
                System.clearProperty(AccessToken.SYSTEM_PROPERTY);
            }
        }
        System.out.printf("in process: %d scenarios in %.1f s, with --threads 2 in %.1f s; over HTTP (--threads 2): "
                        + "%d scenarios in %.1f s, %d exchanges%n", inProcess.scenarios(), seconds(inProcess),
                seconds(inParallel), overHttp.scenarios(), seconds(overHttp), exchanges.get());
        Set<String> never = new TreeSet<>();
        ContractPaths.operations().forEach(o -> never.add(o.path()));
        never.removeAll(exercised);
        System.out.println("operations no scenario calls: " + never);

        assertThat(inProcess.exit()).as(inProcess.output()).isZero();
        assertThat(inParallel.exit()).as(inParallel.output()).isZero();
        assertThat(inParallel.results()).as("per scenario, with --threads 2 against one at a time")
                .hasSameSizeAs(inProcess.results()).isEqualTo(inProcess.results());
        assertThat(overHttp.exit()).as(overHttp.output()).isZero();
        assertThat(overHttp.results()).as("per scenario, over HTTP against in process")
                .hasSameSizeAs(inProcess.results()).isEqualTo(inProcess.results());
        assertThat(exchanges.get()).isGreaterThan(inProcess.scenarios());
        assertThat(problems).as("requests and answers that do not fit the OpenAPI document").isEmpty();
    }

    @Test
    void a_target_address_where_nothing_answers_stops_the_run_before_it_starts() {
        StringWriter err = new StringWriter();

        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
                "--target", "http://127.0.0.1:1", "--report-dir", dir.resolve("nothing").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no implementation served at http://127.0.0.1:1", "serve");
    }

    @Test
    void a_served_target_without_its_token_stops_the_run_before_it_starts_and_says_which_variable_gives_it()
            throws IOException {
        StringWriter err = new StringWriter();
        int exit;
        try (ProtocolServer server = ProtocolServer.over(Targets.byName(Targets.DEFAULT)).start()) {
            exit = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
                    "--target", server.uri().toString(), "--report-dir", dir.resolve("no-token").toString());
        }

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("HTTP 401 UNAUTHORIZED", "set " + AccessToken.ENVIRONMENT_VARIABLE);
    }

    private void check(ProtocolServer.Exchange exchange) {
        exchanges.incrementAndGet();
        if (exchange.path() != null) {
            exercised.add(exchange.path());
        }
        List<String> found = schemas.problems(exchange);
        if (!found.isEmpty() && problems.size() < 50) {
            problems.addAll(found);
        }
    }

    private record Run(int exit, String output, Map<String, List<ScenarioRun.Status>> results, Duration wallTime) {
        int scenarios() {
            return results.values().stream().mapToInt(List::size).sum();
        }
    }

    private static double seconds(Run run) {
        return run.wallTime().toMillis() / 1000.0;
    }

    private static Run run(String target, Path reports, int threads) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), "run", "--no-allure", "--quiet",
                "--threads", String.valueOf(threads), "--target", target, "--report-dir", reports.toString());
        Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
        // an outline's rows may share a name: the statuses of one name are compared as a sorted list
        Map<String, List<ScenarioRun.Status>> results = new TreeMap<>();
        for (ScenarioRun scenario : CucumberJsonReport.read(reports.resolve("cucumber.json"))) {
            results.computeIfAbsent(scenario.featureFile() + " / " + scenario.name(), k -> new ArrayList<>())
                    .add(scenario.status());
        }
        results.values().forEach(Collections::sort);
        return new Run(exit, out + "\n" + err, results, wallTime);
    }
}
