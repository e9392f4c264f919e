@identity
Feature: Outlook uses the primary SMTP address of the account profile
  "Outlook for iOS and Android leverages the user's primary SMTP address for mail flow activities,
  which is configured during account profile setup." A mailbox often receives mail for other
  addresses too, its proxy addresses (aliases); only the primary SMTP address identifies the
  user's certificate.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And the mailbox of alice@contoso.com also has the proxy address alice.smith@contoso.com
    And Alice uses Outlook on an iPhone

  @rule:ADDR-1
  Scenario: A certificate for the primary SMTP address is Alice's
    Given "Contoso Issuing CA" issued the certificate "Alice primary" for alice@contoso.com
    And Alice installed the certificate "Alice primary" with its private key
    When Outlook chooses Alice's certificate for signing
    Then Outlook chooses "Alice primary"

  @rule:ADDR-1
  Scenario: A certificate for a proxy address of Alice's mailbox is not Alice's
    Given "Contoso Issuing CA" issued the certificate "Alice alias" for alice.smith@contoso.com
    And Alice installed the certificate "Alice alias" with its private key
    When Outlook chooses Alice's certificate for signing
    Then Outlook reports that a certificate is not available

  @rule:ADDR-1
  Scenario: The certificate for the primary SMTP address is chosen over a newer one for a proxy address
    Given "Contoso Issuing CA" issued the certificate "Alice primary" with:
      | SAN email address | alice@contoso.com |
      | valid from        | 2026-01-01        |
      | valid until       | 2027-01-01        |
    And "Contoso Issuing CA" issued the certificate "Alice alias" with:
      | SAN email address | alice.smith@contoso.com |
      | valid from        | 2026-05-01              |
      | valid until       | 2027-05-01              |
    And Alice installed the certificate "Alice primary" with its private key
    And Alice installed the certificate "Alice alias" with its private key
    When Outlook chooses Alice's certificate for encryption
    Then Outlook chooses "Alice primary"

  @rule:ADDR-1
  Scenario: Judged against the primary SMTP address, a certificate for a proxy address does not match
    Given "Contoso Issuing CA" issued the certificate "Alice alias" for alice.smith@contoso.com
    When Outlook compares the certificate "Alice alias" with the primary SMTP address alice@contoso.com for signing
    Then the comparison gives ADDRESS_MISMATCH

  @rule:ADDR-1 @rule:CLIENT-2
  Scenario: S/MIME is turned on for an account by its primary SMTP address, never by a proxy address
    When Alice turns S/MIME on for alice.smith@contoso.com
    Then Outlook answers UNKNOWN_ACCOUNT
    And S/MIME is off for alice@contoso.com
