@identity
Feature: With no matching certificate Outlook reports that a certificate is not available
  "If these do not match, then Outlook for iOS and Android will report that a certificate is not
  available (see Figure 7) and will not allow the user to sign and/or encrypt messages."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And Alice has turned S/MIME on for alice@contoso.com

  @rule:ADDR-3
  Scenario Outline: With no certificate on the device, none is available for <purpose>
    When Outlook chooses Alice's certificate for <purpose>
    Then Outlook reports that a certificate is not available

    Examples:
      | purpose    |
      | signing    |
      | encryption |

  @rule:ADDR-3
  Scenario: With only someone else's certificate, Alice can neither sign nor encrypt
    Given "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And Alice installed the certificate "Bob 2026" with its private key
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: CERT_NOT_AVAILABLE
    And the new message starts neither signed nor encrypted

  @rule:ADDR-3
  Scenario: With her own certificate installed, Alice can sign and encrypt
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    When Alice starts a new message from alice@contoso.com
    Then the new message can be signed
    And the new message can be encrypted

  @rule:ADDR-3
  Scenario: Automatic signing and encryption do not help when no certificate matches
    Given Alice has turned automatic signing on for alice@contoso.com
    And Alice has turned automatic encryption on for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And Alice installed the certificate "Bob 2026" with its private key
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: CERT_NOT_AVAILABLE
    And the new message starts neither signed nor encrypted

  @rule:ADDR-3
  Scenario: A certificate of Alice's that only signs leaves encryption not available
    Given "Contoso Issuing CA" issued the certificate "Alice signing" with:
      | SAN email address | alice@contoso.com                |
      | key usage         | digitalSignature, nonRepudiation |
    And Alice installed the certificate "Alice signing" with its private key
    When Alice starts a new message from alice@contoso.com
    Then the new message can be signed
    And the new message cannot be encrypted: CERT_NOT_AVAILABLE

  @rule:ADDR-3
  Scenario: Alice's certificate without its private key on the device is not available
    Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And the certificate "Alice 2026" is in the Microsoft publisher keychain without its private key
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: CERT_NOT_AVAILABLE
