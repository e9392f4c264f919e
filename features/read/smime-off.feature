@read
Feature: With S/MIME off, S/MIME content is not consumed
  "If the S/MIME setting is not enabled, then users will not be able to consume S/MIME content."
  S/MIME is off until Alice turns it on (CLIENT-1): nothing is verified and nothing is decrypted,
  though Alice's private key is on the device; the status is SMIME_DISABLED.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @rule:VIEW-5
  Scenario Outline: With S/MIME off a message <how> is not decrypted
    Given Alice installed the certificate "Alice 2026" with its private key
    And bob@contoso.com sent alice@contoso.com a message <how>
    When Alice opens the message
    Then the S/MIME status bar shows SMIME_DISABLED
    And Outlook shows no text of the message
    And Outlook shows no signer's certificate

    Examples:
      | how                                                  |
      | encrypted to "Alice 2026"                            |
      | signed with "Bob 2026" and encrypted to "Alice 2026" |

  @rule:VIEW-5
  Scenario: With S/MIME off an opaque-signed message is not opened: its text is inside the signature
    Given Alice installed the certificate "Alice 2026" with its private key
    And bob@contoso.com sent alice@contoso.com a message opaque-signed with "Bob 2026"
    When Alice opens the message
    Then the S/MIME status bar shows SMIME_DISABLED
    And Outlook shows no text of the message
    And Outlook shows no signer's certificate

  @interpretation
  Rule: A clear-signed message is plain mail with an attachment when S/MIME is off
    The text of a clear-signed message is ordinary MIME, readable by any client; what is not
    consumed is the signature. So with S/MIME off the text is shown, the signature is not
    verified (no verdict, no signer, no warning), and an altered message is not found out.

    @rule:VIEW-5
    Scenario: With S/MIME off a clear-signed message shows its text, unverified
      Given Alice installed the certificate "Alice 2026" with its private key
      And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
      When Alice opens the message
      Then the S/MIME status bar shows SMIME_DISABLED
      And Outlook shows the text of the message
      And Outlook shows no signer's certificate
      And Outlook shows no certificate warning

    @rule:VIEW-5
    Scenario: With S/MIME off an altered clear-signed message is not found out
      Given Alice installed the certificate "Alice 2026" with its private key
      And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
      And the message was altered after it was signed
      When Alice opens the message
      Then the S/MIME status bar shows SMIME_DISABLED
      And Outlook shows no signer's certificate

    @rule:VIEW-5
    Scenario: With S/MIME off a revoked signer is not warned about: nothing is verified
      Given "Contoso Issuing CA" has revoked the certificate of "Bob 2026"
      And Alice installed the certificate "Alice 2026" with its private key
      And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
      When Alice opens the message
      Then the S/MIME status bar shows SMIME_DISABLED
      And Outlook shows no certificate warning

  Rule: The same message is read once S/MIME is on

    @rule:VIEW-5
    Scenario: The encrypted message that was not decrypted is decrypted once Alice turns S/MIME on
      Given Alice installed the certificate "Alice 2026" with its private key
      And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2026"
      When Alice opens the message
      Then the S/MIME status bar shows SMIME_DISABLED
      When Alice turns S/MIME on for alice@contoso.com
      And Alice opens the message
      Then the S/MIME status bar shows ENCRYPTED
      And Outlook shows the text of the message

    @rule:VIEW-5
    Scenario: With S/MIME off the sender's certificate cannot be installed from the message
      Given Alice installed the certificate "Alice 2026" with its private key
      And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
      When Alice installs the sender's certificate from the S/MIME status bar
      Then Outlook answers SMIME_DISABLED
      And Outlook lists exactly these installed certificates:
        | Alice 2026 |

  @interpretation
  Rule: S/MIME is consumed per account: the account the message was sent to decides
    S/MIME is turned on per account (CLIENT-2). A received message belongs to the account whose
    primary SMTP address is among its To and Cc recipients (the first such account, in the order
    they were set up); a message that names none of them, as a Bcc copy, belongs to the first
    account.

    @rule:VIEW-5
    Scenario: A message to the account with S/MIME off is not decrypted, though S/MIME is on for another account
      Given Alice's account profile has the primary SMTP address alice@fabrikam.com
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      And bob@contoso.com sent alice@fabrikam.com a message encrypted to "Alice 2026"
      When Alice opens the message
      Then the S/MIME status bar shows SMIME_DISABLED
      And Outlook shows no text of the message

    @rule:VIEW-5
    Scenario: A message to the account with S/MIME on is decrypted, though it is the second account
      Given Alice's account profile has the primary SMTP address alice@fabrikam.com
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@fabrikam.com
      And bob@contoso.com sent alice@fabrikam.com a message encrypted to "Alice 2026"
      When Alice opens the message
      Then the S/MIME status bar shows ENCRYPTED
      And Outlook shows the text of the message
