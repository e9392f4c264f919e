@trust
Feature: The virtual certificate collection decides which roots are trusted
  "In manual and automated certificate delivery solutions, it is expected that the certificate's
  trusted root chain is available and discoverable within Exchange Online." A certificate is only
  trusted when its chain ends at a root of the virtual certificate collection; "if Exchange Online
  fails to locate a trusted root certificate [...] that certificate is considered invalid and not
  trusted."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is a root certification authority
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And alice@contoso.com has a certificate issued by "Contoso Issuing CA"

  @rule:TRUST-1
  Scenario: A certificate whose root is not in the virtual certificate collection is not trusted
    Given "Contoso Root CA" is not in the virtual certificate collection
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: NO_TRUSTED_ROOT

  @rule:TRUST-1
  Scenario: Adding the root to the virtual certificate collection makes the same certificate trusted
    Given "Contoso Root CA" is in the virtual certificate collection
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted

  @rule:TRUST-8
  Scenario: A chain that ends at a root of another organisation is not trusted
    Given "Fabrikam Root CA" is in the virtual certificate collection
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: NO_TRUSTED_ROOT

  @rule:TRUST-8
  Scenario: A self-signed certificate is not trusted
    Given "Contoso Root CA" is in the virtual certificate collection
    And mallory@contoso.com has a self-signed certificate
    When Outlook verifies the certificate of mallory@contoso.com
    Then the certificate is not trusted: NO_TRUSTED_ROOT
    And nothing was fetched through the authority information access path

  @rule:TRUST-8
  Scenario Outline: No trusted root is found when the intermediate is missing and its authority information access path <fault>
    Given "Contoso Root CA" is in the virtual certificate collection
    And the authority information access path of "Contoso Issuing CA" <fault>
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: NO_TRUSTED_ROOT

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
