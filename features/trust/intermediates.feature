@trust
Feature: Intermediate certificates come through the authority information access path or with the message
  "In most cases, this is done by obtaining the intermediate certificates through the authority
  information access path in the certificate until a trusted root certificate is located.
  Intermediate certificates can also be included with digitally signed email messages."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And alice@contoso.com has a certificate issued by "Contoso Issuing CA"

  @rule:TRUST-5
  Scenario: A missing intermediate is fetched through the authority information access path
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted
    And the certificate of "Contoso Issuing CA" was fetched once through the authority information access path

  @rule:TRUST-5
  Scenario: Intermediates are fetched one after another, several levels deep, until the trusted root
    Given "Contoso Policy CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Contoso Regional CA" is an intermediate certification authority issued by "Contoso Policy CA"
    And "Contoso Europe CA" is an intermediate certification authority issued by "Contoso Regional CA"
    And bob@contoso.com has a certificate issued by "Contoso Europe CA"
    When Outlook verifies the certificate of bob@contoso.com
    Then the certificate is trusted
    And the certificate of "Contoso Europe CA" was fetched once through the authority information access path
    And the certificate of "Contoso Regional CA" was fetched once through the authority information access path
    And the certificate of "Contoso Policy CA" was fetched once through the authority information access path

  @rule:TRUST-5
  Scenario: The authority information access path may answer with a PKCS#7 certificate bundle
    Given the authority information access path of "Contoso Issuing CA" serves a PKCS#7 certificate bundle
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted
    And the certificate of "Contoso Issuing CA" was fetched once through the authority information access path

  @rule:TRUST-6
  Scenario: A signed message that carries its intermediate validates without the authority information access path
    Given the signed message carries the certificate of "Contoso Issuing CA"
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted
    And nothing was fetched through the authority information access path

  @rule:TRUST-6
  Scenario: A carried intermediate is used even when its authority information access path is down
    Given the signed message carries the certificate of "Contoso Issuing CA"
    And the authority information access path of "Contoso Issuing CA" refuses connections
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted

  @interpretation
  Rule: An intermediate is what arrives whole through the authority information access path, whatever its label
    The article does not say what the authority information access path may answer. This suite
    reads it as it reads CRL distribution points: Outlook follows at most 5 redirects and reads at
    most 1 MiB of one answer, so a path that redirects to itself or answers with more gives no
    intermediate, and without it no trusted root is found (NO_TRUSTED_ROOT). The bytes count, not
    the label: a certificate labelled text/html, or sent slowly but within Outlook's wait, is the
    intermediate. A fault ends with the request it spoiled: when the path answers properly again,
    the next verification fetches the intermediate as usual.

    @rule:TRUST-5
    Scenario Outline: An authority information access path that <fault> gives no intermediate: no trusted root
      Given the authority information access path of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: NO_TRUSTED_ROOT

      Examples:
        | fault                        |
        | redirects to itself          |
        | answers with more than 1 MiB |

    @rule:TRUST-5
    Scenario Outline: An authority information access path that <fault> still gives the intermediate
      Given the authority information access path of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted
      And the certificate of "Contoso Issuing CA" was fetched once through the authority information access path

      Examples:
        | fault                       |
        | answers slowly but in time  |
        | labels its answer text/html |

    @rule:TRUST-5
    Scenario Outline: After an authority information access path that <fault>, the next verification fetches the intermediate as usual
      Given the authority information access path of "Contoso Issuing CA" <fault>
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: NO_TRUSTED_ROOT
      When the authority information access path of "Contoso Issuing CA" answers properly again
      And Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted

      Examples:
        | fault                                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | redirects to itself                              |
        | answers with more than 1 MiB                     |
