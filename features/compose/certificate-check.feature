@compose
Feature: Before signing or encrypting, Outlook checks that the certificate is valid for the operation
  "Before a user can send a signed and/or encrypted message, Outlook for iOS and Android performs a
  validity check on the certificate to ensure it's valid for signing or encryption operations."
  The certificate checked is the one Outlook chooses for the account and the operation (ADDR), and
  the check includes trust verification, as for every certificate Outlook uses (TRUST-3).

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Fabrikam Root CA" is a root certification authority
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an Android phone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @interpretation
  Rule: Valid for the operation means key usage and extended key usage as RFC 5280 and RFC 8550 read them
    The article does not say which bits count. This suite reads them as for choosing the
    certificate (docs/READINGS.md): signing needs digitalSignature or nonRepudiation; encryption
    needs keyEncipherment for an RSA key or keyAgreement for an EC key; a certificate without the
    key usage extension allows both. An extended key usage extension, when present, must contain
    emailProtection or anyExtendedKeyUsage. A certificate of Alice's that fails is refused with
    WRONG_KEY_USAGE, and nothing is sent.

    @rule:SEND-1
    Scenario Outline: Alice's only certificate, an <key> key with key usage <key usage> and extended key usage <extended key usage>, for <operation> message: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address  | alice@contoso.com    |
        | key                | <key>                |
        | key usage          | <key usage>          |
        | extended key usage | <extended key usage> |
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has the public certificate "Bob 2026" on the device
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends <operation> message to bob@contoso.com
      Then sending the message gives <outcome>

      Examples:
        | key      | key usage                         | extended key usage          | operation              | outcome         |
        | RSA 2048 | digitalSignature                  | emailProtection             | a signed               | SENT            |
        | RSA 2048 | nonRepudiation                    | emailProtection             | a signed               | SENT            |
        | RSA 2048 | keyEncipherment                   | emailProtection             | a signed               | WRONG_KEY_USAGE |
        | RSA 2048 | keyEncipherment                   | emailProtection             | an encrypted           | SENT            |
        | RSA 2048 | digitalSignature                  | emailProtection             | an encrypted           | WRONG_KEY_USAGE |
        | RSA 2048 | keyAgreement                      | emailProtection             | an encrypted           | WRONG_KEY_USAGE |
        | RSA 2048 | dataEncipherment                  | emailProtection             | an encrypted           | WRONG_KEY_USAGE |
        | EC P-256 | digitalSignature                  | emailProtection             | a signed               | SENT            |
        | EC P-256 | keyAgreement                      | emailProtection             | a signed               | WRONG_KEY_USAGE |
        | EC P-256 | keyAgreement                      | emailProtection             | an encrypted           | SENT            |
        | EC P-256 | keyEncipherment                   | emailProtection             | an encrypted           | WRONG_KEY_USAGE |
        | RSA 2048 | none                              | none                        | a signed               | SENT            |
        | RSA 2048 | none                              | none                        | an encrypted           | SENT            |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth                  | a signed               | WRONG_KEY_USAGE |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth                  | an encrypted           | WRONG_KEY_USAGE |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth, emailProtection | a signed               | SENT            |
        | RSA 2048 | digitalSignature, keyEncipherment | anyExtendedKeyUsage         | an encrypted           | SENT            |
        | RSA 2048 | digitalSignature                  | emailProtection             | a signed and encrypted | WRONG_KEY_USAGE |
        | RSA 2048 | keyEncipherment                   | emailProtection             | a signed and encrypted | WRONG_KEY_USAGE |

    @rule:SEND-1
    Scenario: With a signing certificate and an encryption certificate, each is used for its own operation
      Given "Contoso Issuing CA" issued the certificate "Alice signing" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
      And "Contoso Issuing CA" issued the certificate "Alice encryption" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
      And Alice installed the certificate "Alice signing" with its private key
      And Alice installed the certificate "Alice encryption" with its private key
      And Alice has the public certificate "Bob 2026" on the device
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends a signed and encrypted message to bob@contoso.com
      Then Outlook sends the message
      And the message is encrypted with AES for exactly:
        | Bob 2026         |
        | Alice encryption |
      And decrypted with the private key of "Bob 2026", the message is clear-signed with "Alice signing"

  Rule: Valid also means trusted: a certificate that fails trust verification cannot sign or encrypt

    @rule:SEND-1 @rule:TRUST-3
    Scenario Outline: A revoked certificate of Alice's cannot be used for <operation> message
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And "Contoso Issuing CA" has revoked the certificate of "Alice 2026"
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has the public certificate "Bob 2026" on the device
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends <operation> message to bob@contoso.com
      Then Outlook refuses to send the message: REVOKED

      Examples:
        | operation    |
        | a signed     |
        | an encrypted |

    @rule:SEND-1 @rule:TRUST-3
    Scenario: A certificate of Alice's from a root outside the virtual certificate collection cannot sign
      Given "Fabrikam Root CA" issued the certificate "Alice from Fabrikam" for alice@contoso.com
      And Alice installed the certificate "Alice from Fabrikam" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends a signed message to bob@contoso.com
      Then Outlook refuses to send the message: NO_TRUSTED_ROOT

    @rule:SEND-1 @rule:TRUST-9
    Scenario: When the CRL for Alice's certificate cannot be fetched, it cannot sign
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And the CRL distribution point of "Contoso Issuing CA" refuses connections
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends a signed message to bob@contoso.com
      Then Outlook refuses to send the message: CRL_UNREACHABLE
