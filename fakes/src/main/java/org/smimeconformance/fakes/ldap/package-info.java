/**
 * The LDAP directory endpoint of the app configuration policy (LDAP-1 to LDAP-6): one UnboundID
 * in-memory directory per run, each scenario in its own subtree behind its own {@code ldap://} and
 * {@code ldaps://} listeners, with faults on demand (down, reset, slow, bind demanded, unavailable).
 */
package org.smimeconformance.fakes.ldap;
