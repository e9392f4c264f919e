@identity
Feature: The certificate is chosen by comparing the primary SMTP address with the certificate's subject or subject alternative name
  "The S/MIME certificate used by Outlook for iOS and Android is calculated by comparing the user's
  primary SMTP address as defined in the account profile with the certificate's subject value or
  the subject alternative name value."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com

  @rule:ADDR-2
  Scenario Outline: A subject alternative name equal to the primary SMTP address makes the certificate Alice's for <purpose> on <device>
    Given Alice uses Outlook on <device>
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    When Outlook chooses Alice's certificate for <purpose>
    Then Outlook chooses "Alice 2026"

    Examples:
      | device           | purpose    |
      | an iPhone        | signing    |
      | an iPhone        | encryption |
      | an Android phone | signing    |
      | an Android phone | encryption |

  @rule:ADDR-2
  Scenario Outline: A subject emailAddress equal to the primary SMTP address makes the certificate Alice's on <device>
    Given Alice uses Outlook on <device>
    And "Contoso Issuing CA" issued the certificate "Alice by subject" with:
      | common name           | Alice Smith       |
      | subject email address | alice@contoso.com |
    And Alice installed the certificate "Alice by subject" with its private key
    When Outlook chooses Alice's certificate for signing
    Then Outlook chooses "Alice by subject"

    Examples:
      | device           |
      | an iPad          |
      | an Android phone |

  @rule:ADDR-2 @rule:ADDR-4
  Scenario: Of several subject alternative names, one equal to the primary SMTP address is enough
    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice and the team" with:
      | SAN email address | info@contoso.com  |
      | SAN email address | alice@contoso.com |
      | SAN email address | sales@contoso.com |
    And Alice installed the certificate "Alice and the team" with its private key
    When Outlook chooses Alice's certificate for encryption
    Then Outlook chooses "Alice and the team"

  @rule:ADDR-2
  Scenario: A certificate that names only someone else is not Alice's
    Given Alice uses Outlook on an Android phone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" with:
      | SAN email address     | bob@contoso.com |
      | subject email address | bob@contoso.com |
    And Alice installed the certificate "Bob 2026" with its private key
    When Outlook chooses Alice's certificate for signing
    Then Outlook reports that a certificate is not available

  @interpretation
  Rule: Every address the certificate carries is compared, and only its addresses
    The article names "the certificate's subject value or the subject alternative name value".
    This suite reads that as every email address the certificate carries: each SAN rfc822Name,
    each SAN otherName SmtpUTF8Mailbox (RFC 9598, for internationalised addresses) and each
    emailAddress attribute of the subject. Any one equal to the primary SMTP address is a match.
    Other parts of the subject, such as the common name, are not addresses and are not compared.

    @rule:ADDR-2
    Scenario Outline: Judged on its own, a certificate whose <where> is compared with alice@contoso.com: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Candidate" with:
        | <field> | <value> |
      When Outlook compares the certificate "Candidate" with the primary SMTP address alice@contoso.com for signing
      Then the comparison gives <outcome>

      Examples:
        | where                                     | field                 | value             | outcome          |
        | SAN rfc822Name is alice@contoso.com       | SAN email address     | alice@contoso.com | ADDRESS_MATCHES  |
        | SAN rfc822Name is bob@contoso.com         | SAN email address     | bob@contoso.com   | ADDRESS_MISMATCH |
        | subject emailAddress is alice@contoso.com | subject email address | alice@contoso.com | ADDRESS_MATCHES  |
        | SAN SmtpUTF8Mailbox is alice@contoso.com  | SAN SmtpUTF8Mailbox   | alice@contoso.com | ADDRESS_MATCHES  |
        | only common name is alice@contoso.com     | common name           | alice@contoso.com | ADDRESS_MISMATCH |

  @interpretation
  Rule: A certificate of Alice's must also suit what it is chosen for
    The article says how the certificate is found, not what else it needs. This suite reads the
    key usage as RFC 5280 and RFC 8550 define it: signing needs digitalSignature or
    nonRepudiation; encryption needs keyEncipherment for an RSA key or keyAgreement for an EC key;
    a certificate with no key usage extension allows both. An extended key usage extension, when
    present, must contain emailProtection or anyExtendedKeyUsage. Otherwise the answer is
    WRONG_KEY_USAGE. The address is judged first: a certificate for another address is
    ADDRESS_MISMATCH whatever its key usage.

    @rule:ADDR-2
    Scenario Outline: A certificate with an <key> key, key usage <key usage> and extended key usage <extended key usage>, for <purpose>: <outcome>
      Given "Contoso Issuing CA" issued the certificate "Candidate" with:
        | SAN email address  | alice@contoso.com    |
        | key                | <key>                |
        | key usage          | <key usage>          |
        | extended key usage | <extended key usage> |
      When Outlook compares the certificate "Candidate" with the primary SMTP address alice@contoso.com for <purpose>
      Then the comparison gives <outcome>

      Examples:
        | key      | key usage                         | extended key usage          | purpose    | outcome         |
        | RSA 2048 | digitalSignature                  | emailProtection             | signing    | ADDRESS_MATCHES |
        | RSA 2048 | nonRepudiation                    | emailProtection             | signing    | ADDRESS_MATCHES |
        | RSA 2048 | keyEncipherment                   | emailProtection             | signing    | WRONG_KEY_USAGE |
        | RSA 2048 | keyEncipherment                   | emailProtection             | encryption | ADDRESS_MATCHES |
        | RSA 2048 | digitalSignature                  | emailProtection             | encryption | WRONG_KEY_USAGE |
        | RSA 2048 | keyAgreement                      | emailProtection             | encryption | WRONG_KEY_USAGE |
        | RSA 2048 | dataEncipherment                  | emailProtection             | encryption | WRONG_KEY_USAGE |
        | EC P-256 | keyAgreement                      | emailProtection             | encryption | ADDRESS_MATCHES |
        | EC P-256 | keyEncipherment                   | emailProtection             | encryption | WRONG_KEY_USAGE |
        | EC P-256 | digitalSignature                  | emailProtection             | signing    | ADDRESS_MATCHES |
        | RSA 2048 | none                              | none                        | signing    | ADDRESS_MATCHES |
        | RSA 2048 | none                              | none                        | encryption | ADDRESS_MATCHES |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth                  | signing    | WRONG_KEY_USAGE |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth                  | encryption | WRONG_KEY_USAGE |
        | RSA 2048 | digitalSignature, keyEncipherment | clientAuth, emailProtection | signing    | ADDRESS_MATCHES |
        | RSA 2048 | digitalSignature, keyEncipherment | anyExtendedKeyUsage         | encryption | ADDRESS_MATCHES |

    @rule:ADDR-2
    Scenario: A certificate for another address is a mismatch whatever its key usage
      Given "Contoso Issuing CA" issued the certificate "Bob encryption" with:
        | SAN email address  | bob@contoso.com |
        | key usage          | keyEncipherment |
        | extended key usage | clientAuth      |
      When Outlook compares the certificate "Bob encryption" with the primary SMTP address alice@contoso.com for signing
      Then the comparison gives ADDRESS_MISMATCH

    @rule:ADDR-2
    Scenario: Outlook chooses Alice's signing certificate for signing and her encryption certificate for encryption
      Given Alice uses Outlook on an Android phone
      And "Contoso Issuing CA" issued the certificate "Alice signing" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
        | valid from        | 2026-01-01                       |
      And "Contoso Issuing CA" issued the certificate "Alice encryption" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2026-02-01        |
      And Alice installed the certificate "Alice signing" with its private key
      And Alice installed the certificate "Alice encryption" with its private key
      When Outlook chooses Alice's certificate for signing
      Then Outlook chooses "Alice signing"
      When Outlook chooses Alice's certificate for encryption
      Then Outlook chooses "Alice encryption"

  @rule:ADDR-2 @interpretation
  Scenario: A certificate whose root is not trusted is still Alice's: trust is verified when it is used
    Choosing the certificate compares addresses and purpose only. Trust verification (TRUST-3)
    happens when the chosen certificate is used to sign or encrypt, not when it is chosen.

    Given "Fabrikam Root CA" is a root certification authority
    And Alice uses Outlook on an iPhone
    And "Fabrikam Root CA" issued the certificate "Alice from Fabrikam" for alice@contoso.com
    And Alice installed the certificate "Alice from Fabrikam" with its private key
    When Outlook chooses Alice's certificate for signing
    Then Outlook chooses "Alice from Fabrikam"
