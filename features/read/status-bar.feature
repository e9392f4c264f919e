@read
Feature: Signed and encrypted messages are shown with an S/MIME status bar
  "In the message view, users can view messages that are S/MIME signed or encrypted. In addition,
  users can tap the S/MIME status bar to view more information about the message's S/MIME status."
  Each status has its own code: SIGNATURE_VALID, SIGNATURE_INVALID, ENCRYPTED, SIGNED_AND_ENCRYPTED.
  The messages are made by the scenario as other mail clients make them, opaque-signed ones
  included, never by the implementation under test.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @rule:VIEW-1
  Scenario Outline: On <device>, a message <how> shows <status> as <form>
    Given Alice uses Outlook on <device>
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message <how>
    When Alice opens the message
    Then the S/MIME status bar shows <status>
    And Outlook reads the message as <form>
    And Outlook shows the text of the message
    And Outlook shows no certificate warning

    Examples:
      | device           | how                                                    | status               | form                 |
      | an iPhone        | clear-signed with "Bob 2026"                           | SIGNATURE_VALID      | clear-signed         |
      | an iPhone        | opaque-signed with "Bob 2026"                          | SIGNATURE_VALID      | opaque-signed        |
      | an iPhone        | encrypted to "Alice 2026"                              | ENCRYPTED            | encrypted            |
      | an iPhone        | signed with "Bob 2026" and encrypted to "Alice 2026"   | SIGNED_AND_ENCRYPTED | signed and encrypted |
      | an Android phone | clear-signed with "Bob 2026"                           | SIGNATURE_VALID      | clear-signed         |
      | an Android phone | opaque-signed with "Bob 2026"                          | SIGNATURE_VALID      | opaque-signed        |
      | an Android phone | encrypted to "Alice 2026"                              | ENCRYPTED            | encrypted            |
      | an Android phone | signed with "Bob 2026" and encrypted to "Alice 2026"   | SIGNED_AND_ENCRYPTED | signed and encrypted |

  @rule:VIEW-1
  Scenario Outline: Tapping the status bar of a message <how> shows who signed it
    Given Alice uses Outlook on an iPhone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message <how>
    When Alice opens the message
    Then Outlook shows the signer's certificate "Bob 2026"

    Examples:
      | how                                                  |
      | clear-signed with "Bob 2026"                         |
      | opaque-signed with "Bob 2026"                        |
      | signed with "Bob 2026" and encrypted to "Alice 2026" |

  @rule:VIEW-1
  Scenario Outline: A message <how>, altered after it was signed, shows SIGNATURE_INVALID
    Given Alice uses Outlook on an Android phone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message <how>
    And the message was altered after it was signed
    When Alice opens the message
    Then the S/MIME status bar shows SIGNATURE_INVALID
    And Outlook reads the message as <form>

    Examples:
      | how                                                  | form                 |
      | clear-signed with "Bob 2026"                         | clear-signed         |
      | opaque-signed with "Bob 2026"                        | opaque-signed        |
      | signed with "Bob 2026" and encrypted to "Alice 2026" | signed and encrypted |

  @rule:VIEW-1 @interpretation
  Scenario: A message that is neither signed nor encrypted has no S/MIME status
    Plain mail gets no status bar: the answer is NOT_SMIME, and its text is shown as usual.

    Given Alice uses Outlook on an iPhone
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a plain message
    When Alice opens the message
    Then the S/MIME status bar shows NOT_SMIME
    And Outlook reads the message as plain
    And Outlook shows the text of the message
