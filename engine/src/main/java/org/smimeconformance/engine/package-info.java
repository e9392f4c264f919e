/**
 * The reference engine: the implementation of the contract that says what the article says.
 * {@link org.smimeconformance.engine.ReferenceImplementation} is found by
 * {@link java.util.ServiceLoader} as {@code reference}; deliberately broken variants subclass it
 * and swap one of its {@link org.smimeconformance.engine.ReferenceParts}.
 */
package org.smimeconformance.engine;
