package org.smimeconformance.fakes.ldap;

/** The ways a scenario's LDAP directory can misbehave on demand, for the rest of the scenario. */
public enum LdapFault {
    /** The directory is down: nothing listens at its addresses any more, connections are refused. */
    CONNECTION_REFUSED,
    /** Each connection is accepted, then reset (TCP RST) before any answer, TLS handshake included. */
    CONNECTION_RESET,
    /** Searches are answered properly after {@link ScenarioLdapDirectory#SLOW_BUT_IN_TIME}: slow, but well inside any sensible time limit. */
    SLOW_BUT_IN_TIME,
    /**
     * Each connection is accepted and answered with bytes that are not LDAP (an HTTP answer, as a
     * web server at the directory's port would give), then closed.
     */
    NOT_LDAP,
    /**
     * Searches are answered with one entry larger than {@link ScenarioLdapDirectory#HUGE_ANSWER_BYTES}
     * (a 2 MiB {@code userCertificate;binary} value), then success.
     */
    HUGE_ANSWER,
    /** Searches are answered with a referral (10) to the directory's own address: following it never ends. */
    REFERRAL_LOOP,
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
