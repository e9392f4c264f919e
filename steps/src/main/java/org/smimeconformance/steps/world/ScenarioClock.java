package org.smimeconformance.steps.world;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instant a scenario takes place at. Every scenario states it; nothing reads the wall clock.
 * One per scenario.
 */
public final class ScenarioClock {

    private Instant now;

    public void set(Instant instant) {
        this.now = instant;
    }

    /** The scenario's instant; a scenario that never stated one is a mistake in the scenario. */
    public Instant now() {
        if (now == null) {
            throw new IllegalStateException("the scenario does not say when it takes place: add a step such as 'Given it is 2026-06-01T09:00:00Z'");
        }
        return now;
    }

    /**
     * An instant as the features write it: {@code 2026-06-01T09:00:00Z}, or a date such as
     * {@code 2026-06-01}, meaning its start in UTC.
     */
    public static Instant instant(String text) {
        return text.length() == 10
                ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
    }

    /** A clock that stands still at the scenario's instant. */
    public Clock clock() {
        return Clock.fixed(now(), ZoneOffset.UTC);
    }
}
