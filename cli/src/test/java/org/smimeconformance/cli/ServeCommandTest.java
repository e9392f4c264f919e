package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.protocol.AccessToken;
import org.smimeconformance.protocol.HttpImplementation;

/**
 * {@code serve}: the reference engine over the protocol on a port of its choosing, until interrupted;
 * callers need its token, made and printed at start or read from a file (then not printed); an
 * address that is not loopback needs {@code --allow-remote}.
 */
class ServeCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Pattern SERVING = Pattern.compile("serving 'reference' at (http://127\\.0\\.0\\.1:(\\d+))");
    private static final Pattern TOKEN = Pattern.compile("token: +(\\S+) ");

    @TempDir
    Path dir;

    @Test
    void serves_the_reference_engine_on_the_port_it_prints_until_interrupted_to_callers_with_the_token_it_prints()
            throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err),
                "serve", "--port", "0")), "serve-under-test");
        serving.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> SERVING.matcher(out.toString()).find());
            Matcher matcher = SERVING.matcher(out.toString());
            assertThat(matcher.find()).isTrue();
            assertThat(Integer.parseInt(matcher.group(2))).isPositive();
            Matcher printed = TOKEN.matcher(out.toString());
            assertThat(printed.find()).as(out.toString()).isTrue();
            URI address = URI.create(matcher.group(1));

            HttpImplementation served = HttpImplementation.to(address).token(AccessToken.of(printed.group(1))).connect();

            assertThat(served.remoteName()).isEqualTo("reference");
            assertThat(served.capabilities()).contains(Capability.TRUST, Capability.PLATFORM_IOS);
            assertThat(out.toString()).contains("SMIME_CONFORMANCE_TOKEN=" + printed.group(1) + " ./smime-conformance run "
                    + "--target " + matcher.group(1), "/v1/openapi.json");
            assertThatThrownBy(() -> HttpImplementation.connect(address)).hasMessageContaining("HTTP 401 UNAUTHORIZED");
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(20).toMillis());
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
    }

    @Test
    void a_token_from_a_file_is_the_servers_and_is_not_printed() throws Exception {
        AccessToken token = AccessToken.generate();
        Path file = Files.writeString(dir.resolve("token"), token.value() + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err),
                "serve", "--port", "0", "--token-file", file.toString())), "serve-under-test");
        serving.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> SERVING.matcher(out.toString()).find());
            Matcher matcher = SERVING.matcher(out.toString());
            assertThat(matcher.find()).isTrue();
            URI address = URI.create(matcher.group(1));

            assertThat(HttpImplementation.to(address).token(token).connect().remoteName()).isEqualTo("reference");
            assertThatThrownBy(() -> HttpImplementation.to(address).token(AccessToken.generate()).connect())
                    .hasMessageContaining("HTTP 401");
            assertThat(out.toString()).doesNotContain(token.value()).contains("token:               from " + file,
                    "SMIME_CONFORMANCE_TOKEN=\"$(head -n 1 " + file + ")\" ./smime-conformance run --target " + address);
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(20).toMillis());
        }
        assertThat(exit.get()).as(err.toString()).isZero();
    }

    @Test
    void an_address_that_is_not_loopback_needs_allow_remote_and_a_token_file_must_hold_a_token() throws Exception {
        StringWriter err = new StringWriter();
        Path shortToken = Files.writeString(dir.resolve("short"), "secret\n");

        int everywhere = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "0", "--bind", "0.0.0.0");
        int tooShort = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "0", "--token-file", shortToken.toString());
        int missing = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "0", "--token-file", dir.resolve("nothing").toString());

        assertThat(everywhere).isEqualTo(2);
        assertThat(tooShort).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("--bind 0.0.0.0 is not a loopback address", "--allow-remote",
                "holds no token", "32 to 512 characters", "cannot read --token-file").doesNotContain("secret");
    }

    @Test
    void an_unknown_target_or_a_bad_port_is_refused() {
        StringWriter err = new StringWriter();

        int unknown = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "0", "--target", "nobody");
        int badPort = SmimeConformance.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "70000");

        assertThat(unknown).isEqualTo(2);
        assertThat(badPort).isEqualTo(2);
        assertThat(err.toString()).contains("no implementation named 'nobody'", "--port is 0 to 65535");
    }
}
