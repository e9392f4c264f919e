@identity
Feature: How the primary SMTP address is compared, and which of several certificates wins
  The article says the certificate is found by "comparing the user's primary SMTP address [...]
  with the certificate's subject value or the subject alternative name value", and no more: not
  how letter case, spaces or internationalised addresses are treated, nor which certificate is
  used when several match. Each reading this suite chose is stated below.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"

  @interpretation
  Rule: Letter case does not matter, in the local part or in the domain
    Both the local part and the domain are compared without regard to case (lower-cased with
    Java's Locale.ROOT, which folds non-ASCII letters too). RFC 5321 lets a mail server treat the
    local part as case-sensitive, but no mail system in use does, and an address typed with
    capitals in an account profile must still find its certificate.

    @rule:ADDR-4
    Scenario Outline: A certificate for <certificate address> compared with the primary SMTP address <account address>: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Candidate" for <certificate address>
      When Outlook compares the certificate "Candidate" with the primary SMTP address <account address> for signing
      Then the comparison gives <outcome>

      Examples:
        | certificate address | account address   | outcome          |
        | ALICE@contoso.com   | alice@contoso.com | ADDRESS_MATCHES  |
        | alice@CONTOSO.COM   | alice@contoso.com | ADDRESS_MATCHES  |
        | alice@contoso.com   | Alice@Contoso.com | ADDRESS_MATCHES  |
        | Alice@Contoso.Com   | aLICE@cONTOSO.cOM | ADDRESS_MATCHES  |
        | alicia@contoso.com  | Alice@Contoso.com | ADDRESS_MISMATCH |

    @rule:ADDR-4
    Scenario: A certificate whose address is written in capitals is chosen for an account typed in lower case
      Given Alice's account profile has the primary SMTP address alice@contoso.com
      And Alice uses Outlook on an Android phone
      And "Contoso Issuing CA" issued the certificate "Alice in capitals" for ALICE@CONTOSO.COM
      And Alice installed the certificate "Alice in capitals" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice in capitals"

  @interpretation
  Rule: Spaces around an address are ignored, spaces inside it never match
    Spaces before or after the address, on either side of the comparison, are left out (Java's
    String.strip). A space inside an address makes it another string, which matches nothing.

    @rule:ADDR-4
    Scenario Outline: The primary SMTP address typed as <typed> compared with a certificate for alice@contoso.com: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      When Outlook compares the certificate "Alice 2026" with the primary SMTP address <typed> typed as shown, for signing
      Then the comparison gives <outcome>

      Examples:
        | typed                      | outcome          |
        | " alice@contoso.com "      | ADDRESS_MATCHES  |
        | "   alice@contoso.com"     | ADDRESS_MATCHES  |
        | "alice @contoso.com"       | ADDRESS_MISMATCH |
        | "alice@ contoso.com"       | ADDRESS_MISMATCH |

    @rule:ADDR-4
    Scenario: A space before the address in the certificate is ignored as well
      Given "Contoso Issuing CA" issued the certificate "Alice spaced" with:
        | SAN email address | " alice@contoso.com" |
      When Outlook compares the certificate "Alice spaced" with the primary SMTP address alice@contoso.com for signing
      Then the comparison gives ADDRESS_MATCHES

  @interpretation
  Rule: Internationalised addresses are compared like any other, with the domain in its ASCII form
    An internationalised address (one whose local part is not ASCII) is carried in a certificate
    as a SAN otherName SmtpUTF8Mailbox (RFC 9598) and compared like an rfc822Name: spaces around it
    ignored, case ignored (non-ASCII letters folded too), but no other folding: "zoë" is not
    "zoe". Domains are compared after conversion to their ASCII form (java.net.IDN.toASCII), so a
    domain written with Unicode letters (müller.contoso.com) in one place and in its xn-- form
    (xn--mller-kva.contoso.com) in the other match.

    @rule:ADDR-4
    Scenario Outline: A certificate whose <field> is <certificate address>, compared with <account address>: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Candidate" with:
        | <field> | <certificate address> |
      When Outlook compares the certificate "Candidate" with the primary SMTP address <account address> for signing
      Then the comparison gives <outcome>

      Examples:
        | field               | certificate address           | account address               | outcome          |
        | SAN SmtpUTF8Mailbox | zoë@contoso.com               | zoë@contoso.com               | ADDRESS_MATCHES  |
        | SAN SmtpUTF8Mailbox | ZOË@contoso.com               | zoë@contoso.com               | ADDRESS_MATCHES  |
        | SAN SmtpUTF8Mailbox | zoë@contoso.com               | zoe@contoso.com               | ADDRESS_MISMATCH |
        | SAN SmtpUTF8Mailbox | zoë@müller.contoso.com        | zoë@xn--mller-kva.contoso.com | ADDRESS_MATCHES  |
        | SAN email address   | zoe@xn--mller-kva.contoso.com | zoe@müller.contoso.com        | ADDRESS_MATCHES  |
        | SAN email address   | zoe@xn--mller-kva.contoso.com | zoe@muller.contoso.com        | ADDRESS_MISMATCH |

    @rule:ADDR-4
    Scenario: Zoë's certificate for her internationalised address is chosen
      Given Zoë's account profile has the primary SMTP address zoë@contoso.com
      And Zoë uses Outlook on an Android phone
      And "Contoso Issuing CA" issued the certificate "Zoë 2026" with:
        | SAN SmtpUTF8Mailbox | zoë@contoso.com |
      And Zoë installed the certificate "Zoë 2026" with its private key
      When Outlook chooses Zoë's certificate for encryption
      Then Outlook chooses "Zoë 2026"

  @interpretation
  Rule: Of several matching certificates, the newest one that is valid now wins
    The candidates are the certificates Outlook can see on the device (on iOS the Microsoft
    publisher keychain, never the iOS system keychain; on Android the KeyStore) that have their
    private key on the device, carry the primary SMTP address and suit the purpose. Of those, only
    the ones inside their validity period at the scenario's instant count, and the newest wins:
    the latest start of validity (notBefore), then the latest end (notAfter), then the highest
    serial number. Trust verification is not part of choosing.

    Background:
      Given Alice's account profile has the primary SMTP address alice@contoso.com
      And Alice uses Outlook on an iPhone
      And "Contoso Issuing CA" issued the certificate "Alice 2024" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2024-06-01        |
        | valid until       | 2027-09-01        |
      And "Contoso Issuing CA" issued the certificate "Alice 2025" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2025-06-01        |
        | valid until       | 2027-06-01        |

    @rule:ADDR-4
    Scenario: The certificate that became valid last wins, even if it ends sooner
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-05-01        |
        | valid until       | 2027-05-01        |
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice installed the certificate "Alice 2024" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice 2026"

    @rule:ADDR-4
    Scenario: A newer certificate that is not valid yet is passed over
      Given "Contoso Issuing CA" issued the certificate "Alice next" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-07-01        |
        | valid until       | 2028-07-01        |
      And Alice installed the certificate "Alice 2024" with its private key
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice next" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice 2025"

    @rule:ADDR-4
    Scenario: A newer certificate that has expired is passed over
      Given "Contoso Issuing CA" issued the certificate "Alice short" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-03-01        |
        | valid until       | 2026-05-31        |
      And Alice installed the certificate "Alice 2024" with its private key
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice short" with its private key
      When Outlook chooses Alice's certificate for encryption
      Then Outlook chooses "Alice 2025"

    @rule:ADDR-4
    Scenario: When every matching certificate has expired, none is available
      Given "Contoso Issuing CA" issued the certificate "Alice short" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-03-01        |
        | valid until       | 2026-05-31        |
      And Alice installed the certificate "Alice short" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook reports that a certificate is not available

    @rule:ADDR-4
    Scenario: Of two certificates that became valid together, the one valid longer wins
      Given "Contoso Issuing CA" issued the certificate "Alice long" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2025-06-01        |
        | valid until       | 2028-06-01        |
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice long" with its private key
      And Alice installed the certificate "Alice 2024" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice long"

    @rule:ADDR-4
    Scenario: Of two certificates with the same validity, the higher serial number wins
      Given "Contoso Issuing CA" issued the certificate "Alice serial 0A" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-01-01        |
        | valid until       | 2027-01-01        |
        | serial number     | 0A                |
      And "Contoso Issuing CA" issued the certificate "Alice serial 0B" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-01-01        |
        | valid until       | 2027-01-01        |
        | serial number     | 0B                |
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice serial 0B" with its private key
      And Alice installed the certificate "Alice serial 0A" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice serial 0B"

    @rule:ADDR-4
    Scenario: A newer certificate whose private key is not on the device is passed over
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-05-01        |
        | valid until       | 2027-05-01        |
      And Alice installed the certificate "Alice 2024" with its private key
      And Alice installed the certificate "Alice 2025" with its private key
      And the certificate "Alice 2026" is in the Microsoft publisher keychain without its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice 2025"

    @rule:ADDR-4
    Scenario: A newer certificate in the iOS system keychain is out of Outlook's reach
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-05-01        |
        | valid until       | 2027-05-01        |
      And Alice installed the certificate "Alice 2024" with its private key
      And Alice installed the certificate "Alice 2025" with its private key
      And the certificate "Alice 2026" with its private key is in the iOS system keychain
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice 2025"

    @rule:ADDR-4
    Scenario: A newer certificate that does not suit the purpose is passed over
      Given "Contoso Issuing CA" issued the certificate "Alice 2026 signing" with:
        | SAN email address | alice@contoso.com |
        | key usage         | digitalSignature  |
        | valid from        | 2026-05-01        |
        | valid until       | 2027-05-01        |
      And Alice installed the certificate "Alice 2024" with its private key
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice 2026 signing" with its private key
      When Outlook chooses Alice's certificate for encryption
      Then Outlook chooses "Alice 2025"
