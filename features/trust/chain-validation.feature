@trust
Feature: Every certificate in the chain is validated up to a trusted root
  "Trust verification is performed on all digital certificates. Exchange Online validates the
  certificate by validating each certificate in the certificate chain until it reaches a trusted
  root certificate." "If Exchange Online locates a trusted root certificate and can query the
  certificate revocation list for the certificate authority, the digital certificate's chain for
  that digital certificate is considered valid and trusted and can be used."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And alice@contoso.com has a certificate issued by "Contoso Issuing CA"

  @rule:TRUST-7
  Scenario: A trusted root is found and every CRL is queried: the certificate is valid and trusted
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is trusted
    And the certificate of "Contoso Issuing CA" was fetched once through the authority information access path
    And the CRL of "Contoso Issuing CA" was fetched once from its distribution point
    And the CRL of "Contoso Root CA" was fetched once from its distribution point

  @rule:TRUST-4
  Scenario: A chain of three intermediates validates link by link
    Given "Contoso Policy CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Contoso Regional CA" is an intermediate certification authority issued by "Contoso Policy CA"
    And "Contoso Europe CA" is an intermediate certification authority issued by "Contoso Regional CA"
    And bob@contoso.com has a certificate issued by "Contoso Europe CA"
    When Outlook verifies the certificate of bob@contoso.com
    Then the certificate is trusted

  @rule:TRUST-4
  Scenario Outline: A broken link anywhere in the chain fails it: <link>
    Given <problem>
    When Outlook verifies the certificate of alice@contoso.com
    Then the certificate is not trusted: <outcome>

    Examples:
      | link                                  | problem                                                                    | outcome       |
      | the user's signature does not verify  | the signature on the certificate of alice@contoso.com is not its issuer's   | BAD_SIGNATURE |
      | the intermediate's does not verify    | the signature on the certificate of "Contoso Issuing CA" is not its issuer's | BAD_SIGNATURE |
      | the user's certificate has expired    | the certificate of alice@contoso.com expired on 2026-05-31                  | EXPIRED       |
      | the intermediate has expired          | the certificate of "Contoso Issuing CA" expired on 2026-05-01                | EXPIRED       |
      | the user's certificate is not yet valid | the certificate of alice@contoso.com is valid only from 2026-06-02         | NOT_YET_VALID |
      | the intermediate is not yet valid     | the certificate of "Contoso Issuing CA" is valid only from 2026-07-01        | NOT_YET_VALID |
