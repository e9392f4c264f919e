package org.smimeconformance.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smimeconformance.cli.SmimeConformance;
import org.smimeconformance.protocol.AccessToken;

/**
 * The minimal HTTP adapter of the implementer's guide ({@code docs/examples/minimal-http-adapter.py},
 * Python and {@code openssl verify}) is driven through the protocol like any other implementation:
 * its TRUST scenarios run, the rest are skipped as it declares, and its two known deviations keep
 * the run green. Needs {@code python3} on the path; skipped where there is none.
 */
class MinimalPythonAdapterTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Process adapter;
    /** The adapter checks the token it is started with, as the reference server does; the suite sends it. */
    private final AccessToken token = AccessToken.generate();

    @AfterEach
    void stop() throws InterruptedException {
        System.clearProperty(AccessToken.SYSTEM_PROPERTY);
        if (adapter != null) {
            adapter.destroy();
            adapter.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_guides_python_adapter_refuses_a_caller_without_its_token_or_from_another_site() throws Exception {
        String address = start();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
        java.util.function.Function<String[], Integer> status = headers -> {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(address + "/v1/clients")).timeout(java.time.Duration.ofSeconds(10))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        String bearer = "Bearer " + token.value();

        assertThat(status.apply(new String[] {"Content-Type", "application/json"})).isEqualTo(401);
        assertThat(status.apply(new String[] {"Content-Type", "application/json", "Authorization", "Bearer "
                + AccessToken.generate().value()})).isEqualTo(401);
        assertThat(status.apply(new String[] {"Content-Type", "text/plain", "Authorization", bearer})).isEqualTo(415);
        assertThat(status.apply(new String[] {"Content-Type", "application/json", "Authorization", bearer,
                "Origin", "http://evil.example"})).isEqualTo(403);
    }

    @Test
    void the_guides_python_adapter_passes_its_trust_scenarios_but_for_its_known_deviations() throws Exception {
        String address = start();
        System.setProperty(AccessToken.SYSTEM_PROPERTY, token.value());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), "run", "--no-allure",
                "--quiet", "--threads", "2", "--target", address,
                "--deviations", EXAMPLES.resolve("minimal-http-adapter.deviations.json").toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("2 known deviation(s), not counted as failures")
                .containsPattern("\\d{2} passed, 0 failed, \\d+ skipped");
    }

    private String start() throws IOException {
        assumeTrue(onPath("python3"), "python3 is not installed");
        ProcessBuilder python = new ProcessBuilder("python3", EXAMPLES.resolve("minimal-http-adapter.py").toString(), "0")
                .redirectErrorStream(true);
        python.environment().put(AccessToken.ENVIRONMENT_VARIABLE, token.value());
        adapter = python.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(adapter.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertThat(first).as("the adapter's first line").isNotNull().startsWith("listening on http://127.0.0.1:");
        return first.substring("listening on ".length());
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
