@trust
Feature: The certificate revocation list of every certification authority is queried
  The S/MIME prerequisites include "publishing the certificate revocation list to the internet".
  "If Exchange Online [...] can query the certificate revocation list for the certificate
  authority, the digital certificate's chain [...] is considered valid and trusted", and "if
  Exchange Online [...] fails to contact the certificate revocation list for the certificate
  authority, that certificate is considered invalid and not trusted."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And alice@contoso.com has a certificate issued by "Contoso Issuing CA"

  @rule:TRUST-2
  Scenario: The CRL is fetched from the distribution point named in each certificate
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted
    And the CRL of "Contoso Issuing CA" was fetched once from its distribution point
    And the CRL of "Contoso Root CA" was fetched once from its distribution point

  @rule:TRUST-9
  Scenario Outline: The CRL cannot be contacted because its distribution point <fault>: not trusted
    Given the CRL distribution point of "Contoso Issuing CA" <fault>
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: CRL_UNREACHABLE

    Examples:
      | fault                                            |
      | refuses connections                              |
      | resets the connection                            |
      | resets the connection halfway through its answer |
      | answers only after Outlook has given up          |
      | answers 404 Not Found                            |
      | answers 500 Internal Server Error                |
      | answers with something else                      |
      | answers with something that is not HTTP          |

  @rule:TRUST-9
  Scenario: The CRL of the root that issued the intermediate cannot be contacted: not trusted
    Given the CRL distribution point of "Contoso Root CA" refuses connections
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: CRL_UNREACHABLE

  @rule:TRUST-9 @interpretation
  Scenario: A certificate that names no CRL distribution point is not trusted
    The article makes querying the CRL a condition of trust and says nothing of certificates that
    name no CRL distribution point. This suite reads it as fail closed: with no CRL to query, the
    certificate is not trusted.

    Given the certificates issued by "Contoso Issuing CA" name no CRL distribution point
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: CRL_UNREACHABLE

  Rule: A certificate listed on its authority's CRL is revoked and not trusted

    @rule:TRUST-10
    Scenario: The user's certificate is revoked
      Given "Contoso Issuing CA" has revoked the certificate of alice@contoso.com
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: REVOKED

    @rule:TRUST-10
    Scenario: The intermediate that issued the user's certificate is revoked
      Given "Contoso Root CA" has revoked the certificate of "Contoso Issuing CA"
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: REVOKED

    @rule:TRUST-10
    Scenario: A revocation of another certificate does not affect the user's
      Given bob@contoso.com has a certificate issued by "Contoso Issuing CA"
      And "Contoso Issuing CA" has revoked the certificate of bob@contoso.com
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted

  @interpretation
  Rule: A CRL that cannot be relied on counts as no CRL at all
    The article does not say what a stale CRL or a CRL with a bad signature means. This suite
    reads the fail-closed sentence of TRUST-9 as covering them: a CRL past its next update
    (CRL_STALE) or one whose signature does not verify with the authority's key (CRL_INVALID)
    leaves the certificate not trusted, each with its own reason.

    @rule:TRUST-10
    Scenario: The CRL is past its next update
      Given the CRL published by "Contoso Issuing CA" is past its next update
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CRL_STALE

    @rule:TRUST-10
    Scenario: The CRL is signed with a key that is not the authority's
      Given the CRL published by "Contoso Issuing CA" is signed with a key that is not the CA's
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CRL_INVALID

  @interpretation
  Rule: A CRL is what arrives whole within Outlook's wait, whatever its label
    The article says only that a CRL that cannot be contacted leaves the certificate not trusted.
    This suite reads "contacted" as getting a whole CRL within Outlook's wait. Outlook follows at
    most 5 redirects, each to an http or https address, so a distribution point that redirects to
    itself gives no CRL; it reads at most 1 MiB of one answer, so a larger answer is no CRL either:
    both are CRL_UNREACHABLE, reached quickly. What counts is the bytes, not the label: CRL servers
    often label their CRLs application/octet-stream or text/plain, so a CRL labelled text/html is
    still a CRL, and one sent slowly but within the wait is too. A fault ends with the request it
    spoiled: when the distribution point answers properly again, the next verification fetches the
    CRL as usual.

    @rule:TRUST-9
    Scenario Outline: A distribution point that <fault> gives no CRL: not trusted
      Given the CRL distribution point of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CRL_UNREACHABLE

      Examples:
        | fault                        |
        | redirects to itself          |
        | answers with more than 1 MiB |

    @rule:TRUST-2
    Scenario Outline: A distribution point that <fault> still gives the CRL: trusted
      Given the CRL distribution point of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted
      And the CRL of "Contoso Issuing CA" was fetched once from its distribution point

      Examples:
        | fault                       |
        | answers slowly but in time  |
        | labels its answer text/html |

    @rule:TRUST-9
    Scenario Outline: After a distribution point that <fault>, the next verification fetches the CRL as usual
      Given the CRL distribution point of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CRL_UNREACHABLE
      When the CRL distribution point of "Contoso Issuing CA" answers properly again
      And Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted

      Examples:
        | fault                                            |
        | resets the connection                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | redirects to itself                              |
        | answers with more than 1 MiB                     |
        | answers with something that is not HTTP          |
