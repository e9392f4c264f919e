package org.smimeconformance.steps;

/**
 * Where Cucumber finds the scenario language: the step definitions, parameter types and hooks of
 * the suite. A runner points Cucumber's glue at {@link #PACKAGE}; the world objects the steps use
 * live beside it, in {@code org.smimeconformance.steps.world}.
 */
public final class Glue {

    /** The package of the step definitions, parameter types and hooks. */
    public static final String PACKAGE = "org.smimeconformance.steps.glue";

    private Glue() {
    }
}
