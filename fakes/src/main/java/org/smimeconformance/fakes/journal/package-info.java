/**
 * One ordered journal of what every fake of a scenario saw (CRL, AIA, Global Address List, LDAP),
 * so that scenarios assert the order of lookups (LDAP-5, SEND-9) from the outside.
 */
package org.smimeconformance.fakes.journal;
