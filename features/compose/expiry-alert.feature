@compose
Feature: From 30 days before her certificate expires, Alice is alerted to obtain a new one when she signs or encrypts
  "If the certificate is near expiration, Outlook for iOS and Android will alert the user to obtain
  a new certificate when the user attempts to sign or encrypt a message, beginning 30 days before
  expiration." The alert (EXPIRES_SOON) does not stop the message; a certificate past its
  expiration cannot be used at all (EXPIRED). Every scenario runs at an instant it states: the
  clock is injected, never the wall clock.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @interpretation
  Rule: "30 days before expiration" is counted in instants: the alert shows when at most 30 × 24 hours are left until the certificate's notAfter
    The article does not say whether the 30 days are calendar days, nor in which time zone. This
    suite counts time, not dates: at the scenario's instant, the time left until the
    certificate's notAfter is compared with 30 days of 24 hours, the boundary included. So no
    time zone plays a part (instants are written in UTC), 30 days and one second left is no
    alert, and exactly 30 days left is one. A certificate is valid up to and including its
    notAfter (RFC 5280), so one second before it, Alice is alerted and the message goes.

    @rule:SEND-2
    Scenario Outline: With <left> left, Alice <is alerted> when she sends <operation> message
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid until       | <valid until>     |
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has the public certificate "Bob 2026" on the device
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends <operation> message to bob@contoso.com
      Then Outlook sends the message
      And Outlook <alert>

      Examples:
        | left                 | valid until          | operation              | is alerted     | alert                      |
        | 31 days              | 2026-07-02T09:00:00Z | a signed               | is not alerted | shows Alice no alert       |
        | 30 days and 1 second | 2026-07-01T09:00:01Z | a signed               | is not alerted | shows Alice no alert       |
        | exactly 30 days      | 2026-07-01T09:00:00Z | a signed               | is alerted     | alerts Alice: EXPIRES_SOON |
        | 29 days              | 2026-06-30T09:00:00Z | a signed               | is alerted     | alerts Alice: EXPIRES_SOON |
        | 1 second             | 2026-06-01T09:00:01Z | a signed               | is alerted     | alerts Alice: EXPIRES_SOON |
        | 31 days              | 2026-07-02T09:00:00Z | an encrypted           | is not alerted | shows Alice no alert       |
        | 30 days and 1 second | 2026-07-01T09:00:01Z | an encrypted           | is not alerted | shows Alice no alert       |
        | exactly 30 days      | 2026-07-01T09:00:00Z | an encrypted           | is alerted     | alerts Alice: EXPIRES_SOON |
        | 29 days              | 2026-06-30T09:00:00Z | an encrypted           | is alerted     | alerts Alice: EXPIRES_SOON |
        | exactly 30 days      | 2026-07-01T09:00:00Z | a signed and encrypted | is alerted     | alerts Alice: EXPIRES_SOON |
        | exactly 30 days      | 2026-07-01T09:00:00Z | a plain                | is not alerted | shows Alice no alert       |

    @rule:SEND-2
    Scenario Outline: A certificate that expired <ago> cannot be used for <operation> message
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2025-06-01        |
        | valid until       | <valid until>     |
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has the public certificate "Bob 2026" on the device
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends <operation> message to bob@contoso.com
      Then Outlook refuses to send the message: EXPIRED

      Examples:
        | ago          | valid until          | operation    |
        | 1 second ago | 2026-06-01T08:59:59Z | a signed     |
        | 1 second ago | 2026-06-01T08:59:59Z | an encrypted |
        | 29 days ago  | 2026-05-03T09:00:00Z | a signed     |

    @rule:SEND-2
    Scenario: The alert is about the certificate that signs: a newer one is chosen and no alert shows
      Alice has two signing certificates; Outlook signs with the newest valid one, which has a year
      left, so the old one's coming expiry is not her concern.

      Given "Contoso Issuing CA" issued the certificate "Alice 2025" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2025-06-15        |
        | valid until       | 2026-06-15        |
      And "Contoso Issuing CA" issued the certificate "Alice 2026" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-05-15        |
        | valid until       | 2027-05-15        |
      And Alice installed the certificate "Alice 2025" with its private key
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends a signed message to bob@contoso.com
      Then Outlook sends the message
      And the message is clear-signed with "Alice 2026"
      And Outlook shows Alice no alert
