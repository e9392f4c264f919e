@read
Feature: Outlook warns about the signer's certificate, each problem with its own message
  "If there are certificate errors, Outlook for iOS and Android will warn the user. The user can
  tap the S/MIME status bar notification to view more information about the certificate error."
  The signature itself may be valid: the warnings are about the certificate that made it, judged
  by trust verification as the signer of a received message (TRUST-3), and against the address
  the message says it is from.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Fabrikam Root CA" is a root certification authority
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @rule:VIEW-4
  Scenario: A sound certificate raises no warning
    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook shows no certificate warning

  @rule:VIEW-4 @interpretation
  Scenario: An expired signer's certificate: EXPIRED
    The signer's certificate is judged at the moment the message is read, as every certificate
    is judged at the scenario's instant, not at the signing time the message claims.

    Given "Contoso Issuing CA" issued the certificate "Bob 2025" with:
      | SAN email address | bob@contoso.com |
      | valid from        | 2025-05-01      |
      | valid until       | 2026-05-01      |
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2025"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook warns about the signer's certificate: EXPIRED

  @rule:VIEW-4
  Scenario: A revoked signer's certificate: REVOKED
    Given "Contoso Issuing CA" has revoked the certificate of "Bob 2026"
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook warns about the signer's certificate: REVOKED

  @rule:VIEW-4
  Scenario: A signer's certificate from a root outside the virtual certificate collection: NO_TRUSTED_ROOT
    Given "Fabrikam Root CA" issued the certificate "Bob from Fabrikam" for bob@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob from Fabrikam"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook warns about the signer's certificate: NO_TRUSTED_ROOT

  @rule:VIEW-4
  Scenario: The CRL for the signer's certificate cannot be fetched: CRL_UNREACHABLE
    Given the CRL distribution point of "Contoso Issuing CA" refuses connections
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook warns about the signer's certificate: CRL_UNREACHABLE

  @rule:VIEW-4
  Scenario: A message from Bob signed with Carol's certificate: SIGNER_ADDRESS_MISMATCH
    Given "Contoso Issuing CA" issued the certificate "Carol 2026" for carol@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Carol 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_VALID
    And Outlook shows the signer's certificate "Carol 2026"
    And Outlook warns about the signer's certificate: SIGNER_ADDRESS_MISMATCH

  @rule:VIEW-4 @interpretation
  Scenario: The From address is compared with the signer's addresses as account addresses are: case does not matter
    The comparison follows the reading for address matching (ADDR-4): local part and domain
    are compared without regard to case.

    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And Bob@Contoso.COM sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice opens the message
    Then Outlook shows no certificate warning

  @rule:VIEW-4
  Scenario: A revoked signer inside an encrypted message is warned about too
    Given "Contoso Issuing CA" has revoked the certificate of "Bob 2026"
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message signed with "Bob 2026" and encrypted to "Alice 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNED_AND_ENCRYPTED
    And Outlook warns about the signer's certificate: REVOKED
