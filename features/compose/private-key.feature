@compose
Feature: Signing needs the sender's private key on the device
  "In order to compose a signed message, the sender's private certificate key must be available on
  the device."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com

  @rule:SEND-7
  Scenario Outline: On <device>, Alice's certificate without its private key cannot sign
    Given Alice uses Outlook on <device>
    And Alice has the public certificate "Alice 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed message to bob@contoso.com
    Then Outlook refuses to send the message: PRIVATE_KEY_MISSING
    When Alice starts a new message from alice@contoso.com
    Then the new message cannot be signed: CERT_NOT_AVAILABLE

    Examples:
      | device           |
      | an iPhone        |
      | an Android phone |

  @rule:SEND-7
  Scenario Outline: On <device>, with the private key installed the same certificate signs
    Given Alice uses Outlook on <device>
    And Alice has the public certificate "Alice 2026" on the device
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed message to bob@contoso.com
    Then Outlook sends the message
    And the message is clear-signed with "Alice 2026"

    Examples:
      | device           |
      | an iPhone        |
      | an Android phone |

  @rule:SEND-7
  Scenario: Without the private key a draft cannot be saved signed either
    Given Alice uses Outlook on an iPad
    And Alice has the public certificate "Alice 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice saves a signed draft to bob@contoso.com
    Then Outlook refuses to save the draft: PRIVATE_KEY_MISSING

  @rule:SEND-7 @interpretation
  Scenario: On iOS a private key in the system keychain is not on the device for Outlook
    Outlook can reach only the Microsoft publisher keychain (AUTO-2). A certificate with its key
    in the iOS system keychain is invisible to it, so for Outlook there is no certificate at all:
    "certificate not available", as when nothing matches (ADDR-3).

    Given Alice uses Outlook on an iPhone
    And the certificate "Alice 2026" with its private key is in the iOS system keychain
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed message to bob@contoso.com
    Then Outlook refuses to send the message: CERT_NOT_AVAILABLE
