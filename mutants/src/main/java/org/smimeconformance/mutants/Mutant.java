package org.smimeconformance.mutants;

/** A deliberately broken implementation: the rule it breaks, and how. */
public interface Mutant {

    /** The implementation name, {@code mutant-...}. */
    String name();

    /** The ID of the rule of the catalogue (reports/src/main/resources/org/smimeconformance/reports/rules.md) this mutant breaks, e.g. {@code TRUST-9}. */
    String breaks();

    /** What it does wrong, in one line. */
    String description();
}
