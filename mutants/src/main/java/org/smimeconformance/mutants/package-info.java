/**
 * Deliberately broken variants of the reference engine, one documented rule broken in each.
 *
 * <p>They exist to prove that the scenarios can fail: a suite that passes against a mutant has a
 * scenario that cannot catch the mistake the mutant makes. Each mutant says which rule it breaks
 * ({@link org.smimeconformance.mutants.Mutant#breaks()}); the build requires at least one scenario
 * tagged with that rule to fail against it. They are registered through {@link java.util.ServiceLoader}
 * like any implementation, and never shipped in the runnable jar.
 */
package org.smimeconformance.mutants;
