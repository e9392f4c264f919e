/**
 * The rule catalogue: every behaviour of the article "S/MIME for Outlook for iOS and Android",
 * numbered by family ({@code TRUST}, {@code ADDR}, {@code MAN}, {@code AUTO}, {@code POL},
 * {@code CLIENT}, {@code LDAP}, {@code VIEW}, {@code SEND}), read from the {@code rules.md}
 * resource this module carries.
 */
package org.smimeconformance.reports.catalogue;
