package org.smimeconformance.steps.glue;

import java.time.Instant;

import io.cucumber.java.en.Given;
import org.smimeconformance.steps.world.ScenarioClock;

/** When a scenario takes place. */
public final class ClockSteps {

    private final ScenarioClock clock;

    public ClockSteps(ScenarioClock clock) {
        this.clock = clock;
    }

    @Given("it is {instant}")
    public void itIs(Instant instant) {
        clock.set(instant);
    }
}
