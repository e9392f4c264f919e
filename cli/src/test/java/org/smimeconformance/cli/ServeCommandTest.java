package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.protocol.HttpImplementation;

/** {@code serve}: the reference engine over the protocol on a port of its choosing, until interrupted. */
class ServeCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Pattern SERVING = Pattern.compile("serving 'reference' at (http://127\\.0\\.0\\.1:(\\d+))");

    @Test
    void serves_the_reference_engine_on_the_port_it_prints_until_interrupted() throws Exception {
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

            HttpImplementation served = HttpImplementation.connect(URI.create(matcher.group(1)));

            assertThat(served.remoteName()).isEqualTo("reference");
            assertThat(served.capabilities()).contains(Capability.TRUST, Capability.PLATFORM_IOS);
            assertThat(out.toString()).contains("--target " + matcher.group(1), "/v1/openapi.json");
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(20).toMillis());
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
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
