package org.smimeconformance.engine.robustness;

import java.security.SecureRandom;

import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Turns the fixed-seed properties into a fuzzing campaign on demand: with the system property
 * {@value #TRIES} set (the Maven profile {@code -Pfuzz} sets it), each property runs that many
 * tries from a fresh random seed instead of its fixed count and seed, and prints the seed; a
 * failure prints the seed again with the line to add to the property so that the failing inputs
 * become a regression example of every build. Without it, nothing changes.
 */
public final class FuzzingCampaign implements AroundPropertyHook {

    /** How many tries each property makes in a campaign. */
    public static final String TRIES = "smime.fuzz.tries";

    /** The seed to start from instead of a random one, to replay a campaign. */
    public static final String SEED = "smime.fuzz.seed";

    private static final SecureRandom SEEDS = new SecureRandom();

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(TRIES, "").strip();
        if (tries.isEmpty()) {
            return property.execute();
        }
        String seed = System.getProperty(SEED, "").strip();
        if (seed.isEmpty()) {
            seed = Long.toString(SEEDS.nextLong());
        }
        context.attributes().setTries(Integer.parseInt(tries));
        context.attributes().setSeed(seed);
        context.attributes().setWhenFixedSeed(FixedSeedMode.ALLOW);
        System.out.printf("fuzzing %s: %s tries from seed %s%n", context.label(), tries, seed);
        PropertyExecutionResult result = property.execute();
        System.out.printf("fuzzing %s: %d tries, %s%n", context.label(), result.countTries(), result.status());
        if (result.status() == PropertyExecutionResult.Status.FAILED) {
            System.out.printf("fuzzing %s FAILED with seed %s: replay with mvn -B -Pfuzz -pl engine -am verify"
                    + " -Dfuzz.seed=%s, or keep it as a regression example with @Property(tries = %d, seed = \"%s\")%n",
                    context.label(), seed, seed, result.countTries(), seed);
        }
        return result;
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS; // registered on the class, for every property in it
    }

    @Override
    public int aroundPropertyProximity() {
        return -100; // outside jqwik's own hooks, so the attributes are set before anything runs
    }
}
