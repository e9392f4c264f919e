@compose
Feature: Outlook sends only clear-signed messages
  "Outlook for iOS and Android only supports sending clear-signed messages." A signed message is
  multipart/signed: the text, readable by any mail client, then the signature beside it as
  application/pkcs7-signature, with a micalg parameter that names the digest the signature uses.
  It is never opaque-signed (application/pkcs7-mime; smime-type=signed-data), which would hide
  the text inside the signature.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com

  @rule:SEND-5
  Scenario Outline: A signed message from <device> with an <key> key is clear-signed
    Given Alice uses Outlook on <device>
    And "Contoso Issuing CA" issued the certificate "Alice 2026" with:
      | SAN email address | alice@contoso.com |
      | key               | <key>             |
      | key usage         | <key usage>       |
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed message to bob@contoso.com
    Then Outlook sends the message
    And the message is clear-signed with "Alice 2026"
    And the message is not opaque-signed
    And the micalg of the message is sha-256
    And the signed text of the message is the text Alice wrote
    And the signature of the message carries the certificate of "Contoso Issuing CA"

    Examples:
      | device           | key      | key usage                         |
      | an iPhone        | RSA 2048 | digitalSignature, keyEncipherment |
      | an iPhone        | EC P-256 | digitalSignature, keyAgreement    |
      | an Android phone | RSA 2048 | digitalSignature, keyEncipherment |
      | an Android phone | EC P-256 | digitalSignature, keyAgreement    |

  @rule:SEND-5 @rule:SEND-3
  Scenario: A signed and encrypted message is clear-signed inside the encryption
    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has the public certificate "Bob 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed and encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Alice 2026 |
    And decrypted with the private key of "Bob 2026", the message is clear-signed with "Alice 2026"

  @rule:SEND-5 @rule:SEND-3
  Scenario: A signed draft is saved clear-signed too
    Given Alice uses Outlook on an Android phone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice saves a signed draft to bob@contoso.com
    Then Outlook saves the draft
    And the saved draft is clear-signed with "Alice 2026"
    And the saved draft is not opaque-signed
