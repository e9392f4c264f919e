@settings
Feature: The user can have Outlook sign and encrypt new messages automatically
  "Users can configure Outlook to automatically sign or encrypt messages. This allows users to save
  time sending email while being confident that their emails are being signed/encrypted."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And Alice has turned S/MIME on for alice@contoso.com

  @rule:CLIENT-5 @interpretation
  Scenario: Automatic signing and encryption are off on a fresh install
    The article does not give their default; this suite reads them as off, like S/MIME itself.

    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    Then automatic signing is off for alice@contoso.com
    And automatic encryption is off for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message starts neither signed nor encrypted

  @rule:CLIENT-5
  Scenario: Alice has new messages signed automatically
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    When Alice turns automatic signing on for alice@contoso.com
    Then Outlook answers OK
    And automatic signing is on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message starts signed, not encrypted

  @rule:CLIENT-5
  Scenario: Alice has new messages encrypted automatically
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    When Alice turns automatic encryption on for alice@contoso.com
    Then Outlook answers OK
    And automatic encryption is on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message starts encrypted, not signed

  @rule:CLIENT-5
  Scenario: Alice has new messages both signed and encrypted automatically
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned automatic signing on for alice@contoso.com
    And Alice has turned automatic encryption on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message starts signed and encrypted

  @rule:CLIENT-5
  Scenario: Alice turns automatic signing off again
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned automatic signing on for alice@contoso.com
    When Alice turns automatic signing off for alice@contoso.com
    Then Outlook answers OK
    When Alice starts a new message from alice@contoso.com
    Then the new message starts neither signed nor encrypted

  @rule:CLIENT-5 @interpretation
  Scenario: A new message starts signed only when it can be signed
    A new message starts signed when automatic signing is on and a certificate for signing is
    available; likewise for encryption. With a certificate fit only for encryption, automatic
    signing has nothing to sign with.

    Given "Contoso Issuing CA" issued the certificate "Alice encryption" with:
      | SAN email address | alice@contoso.com |
      | key usage         | keyEncipherment   |
    And Alice installed the certificate "Alice encryption" with its private key
    And Alice has turned automatic signing on for alice@contoso.com
    And Alice has turned automatic encryption on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message cannot be signed: CERT_NOT_AVAILABLE
    And the new message can be encrypted
    And the new message starts encrypted, not signed

  @rule:CLIENT-5
  Scenario: Automatic signing is chosen for each account on its own
    Given Alice's account profile has the primary SMTP address alice@fabrikam.com
    When Alice turns automatic signing on for alice@contoso.com
    Then automatic signing is on for alice@contoso.com
    And automatic signing is off for alice@fabrikam.com
