/**
 * The reference engine: the implementation of the contract that says what the article says.
 * {@link org.smimeconformance.engine.ReferenceImplementation} is found by
 * {@link java.util.ServiceLoader} as {@code reference}; each scenario's client is a
 * {@link org.smimeconformance.engine.ReferenceMailClient}. What the article decides is gathered in
 * the replaceable {@link org.smimeconformance.engine.ReferenceParts}: most deliberately broken
 * variants (the mutants) subclass the implementation and swap one of them; the few whose mistake
 * is no part of the engine wrap it from the outside instead.
 */
package org.smimeconformance.engine;
