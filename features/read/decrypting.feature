@read
Feature: Reading an encrypted message needs the recipient's private key on the device
  "In order to read an encrypted message, the recipient's private certificate key must be
  available on the device."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @rule:VIEW-2
  Scenario Outline: On <device>, with Alice's private key on the device the message is decrypted
    Given Alice uses Outlook on <device>
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2026"
    When Alice opens the message
    Then the S/MIME status bar shows ENCRYPTED
    And Outlook shows the text of the message

    Examples:
      | device           |
      | an iPhone        |
      | an Android phone |

  @rule:VIEW-2
  Scenario Outline: An encrypted message to an <key> key is decrypted with that key
    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice <key>" with:
      | SAN email address | alice@contoso.com |
      | key               | <key>             |
      | key usage         | <key usage>       |
    And Alice installed the certificate "Alice <key>" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message signed with "Bob 2026" and encrypted to "Alice <key>"
    When Alice opens the message
    Then the S/MIME status bar shows SIGNED_AND_ENCRYPTED
    And Outlook shows the text of the message

    Examples:
      | key      | key usage                         |
      | RSA 2048 | digitalSignature, keyEncipherment |
      | EC P-256 | digitalSignature, keyAgreement    |

  @rule:VIEW-2
  Scenario Outline: On <device>, with only Alice's public certificate on the device the message cannot be decrypted
    Given Alice uses Outlook on <device>
    And Alice has the public certificate "Alice 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2026"
    When Alice opens the message
    Then the S/MIME status bar shows CANNOT_DECRYPT
    And Outlook reads the message as encrypted
    And Outlook shows no text of the message

    Examples:
      | device           |
      | an iPhone        |
      | an Android phone |

  @rule:VIEW-2 @interpretation
  Scenario: A message encrypted to Alice's older certificate is decrypted while its key is on the device, though it has expired
    Decrypting uses any private key of Alice's on the device that the message was encrypted to,
    whatever the validity of its certificate: a key kept for old mail is what opens old mail.
    Decrypting relies on no one's certificate, so no trust verification is involved.

    Given "Contoso Issuing CA" issued the certificate "Alice 2025" with:
      | SAN email address | alice@contoso.com |
      | valid from        | 2025-01-01        |
      | valid until       | 2026-01-01        |
    And Alice uses Outlook on an Android phone
    And Alice installed the certificate "Alice 2025" with its private key
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2025"
    When Alice opens the message
    Then the S/MIME status bar shows ENCRYPTED
    And Outlook shows the text of the message

  @rule:VIEW-2
  Scenario: A message encrypted to Alice's older certificate cannot be decrypted when only her new key is on the device
    Given "Contoso Issuing CA" issued the certificate "Alice 2025" with:
      | SAN email address | alice@contoso.com |
      | valid from        | 2025-01-01        |
      | valid until       | 2026-01-01        |
    And Alice uses Outlook on an Android phone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2025"
    When Alice opens the message
    Then the S/MIME status bar shows CANNOT_DECRYPT
    And Outlook shows no text of the message

  @rule:VIEW-2 @interpretation
  Scenario: On iOS a private key in the system keychain does not decrypt: Outlook cannot reach it
    Outlook reads only the Microsoft publisher keychain (AUTO-2); a key elsewhere is not on the
    device as far as Outlook is concerned.

    Given Alice uses Outlook on an iPhone
    And the certificate "Alice 2026" with its private key is in the iOS system keychain
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2026"
    When Alice opens the message
    Then the S/MIME status bar shows CANNOT_DECRYPT
    And Outlook shows no text of the message
