package org.smimeconformance.fakes.ldap;

/** The ways a scenario's LDAP directory can misbehave on demand, for the rest of the scenario. */
public enum LdapFault {
    /** The directory is down: nothing listens at its addresses any more, connections are refused. */
    CONNECTION_REFUSED,
    /** Each connection is accepted, then reset (TCP RST) before any answer, TLS handshake included. */
    CONNECTION_RESET,
    /** Searches are answered only after {@link ScenarioLdapDirectory#SLOW_ANSWER}, past any sensible client time limit. */
    TIMEOUT,
    /**
     * The directory demands a bind (LDAP-2): an anonymous search is answered with
     * insufficientAccessRights (50) and no entry; a search after a successful simple bind works.
     */
    BIND_REQUIRED,
    /** Searches are answered with unavailable (52) and no entry: the LDAP analogue of an HTTP 500. */
    UNAVAILABLE
}
