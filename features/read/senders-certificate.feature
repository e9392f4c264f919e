@read
Feature: The sender's public certificate is installed from the S/MIME status bar
  "Users can install a sender's public certificate key by tapping the S/MIME status bar. The
  certificate will be installed on the user's device, specifically in the Microsoft publisher
  keychain in iOS or the system KeyStore in Android." Afterwards, a lookup on the device finds it.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @rule:VIEW-3
  Scenario Outline: On <device>, Bob's certificate goes from the status bar into <store>, and the device lookup finds it
    Given Alice uses Outlook on <device>
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Outlook looks up the certificate of bob@contoso.com on the device
    Then the lookup finds no certificate: CERT_NOT_FOUND
    When Alice installs the sender's certificate from the S/MIME status bar
    Then Outlook answers OK
    And Outlook lists exactly these installed certificates:
      | Alice 2026 |
      | Bob 2026   |
    When Outlook looks up the certificate of bob@contoso.com on the device
    Then the lookup finds "Bob 2026" on the device

    Examples:
      | device           | store                            |
      | an iPhone        | the Microsoft publisher keychain |
      | an Android phone | the Android KeyStore             |

  @rule:VIEW-3
  Scenario Outline: The certificate of a message <how> is installed too
    Given Alice uses Outlook on an iPhone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message <how>
    When Alice installs the sender's certificate from the S/MIME status bar
    Then Outlook answers OK
    When Outlook looks up the certificate of bob@contoso.com on the device
    Then the lookup finds "Bob 2026" on the device

    Examples:
      | how                                                  |
      | opaque-signed with "Bob 2026"                        |
      | signed with "Bob 2026" and encrypted to "Alice 2026" |

  @rule:VIEW-3
  Scenario: Once Bob's certificate is installed, Alice can send him an encrypted message
    Given Alice uses Outlook on an Android phone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice installs the sender's certificate from the S/MIME status bar
    And Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Alice 2026 |

  @rule:VIEW-3
  Scenario: A message that is only encrypted carries no sender's certificate to install
    Given Alice uses Outlook on an iPhone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice 2026"
    When Alice installs the sender's certificate from the S/MIME status bar
    Then Outlook answers NO_SENDER_CERTIFICATE
    And Outlook lists exactly these installed certificates:
      | Alice 2026 |

  @rule:VIEW-3 @interpretation
  Scenario: The certificate of a message altered after it was signed is not installed
    A signature that does not verify proves nothing about whose certificate it carries, so the
    status bar offers no installation (SIGNATURE_INVALID) and nothing is added to the device.

    Given Alice uses Outlook on an iPhone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    And the message was altered after it was signed
    When Alice installs the sender's certificate from the S/MIME status bar
    Then Outlook answers SIGNATURE_INVALID
    When Outlook looks up the certificate of bob@contoso.com on the device
    Then the lookup finds no certificate: CERT_NOT_FOUND

  @rule:VIEW-3 @rule:TRUST-3 @interpretation
  Scenario: An installed certificate is still verified when it is looked up
    Installing from the status bar does not vouch for the certificate: the lookup verifies it
    like any certificate Outlook uses, and a revoked one is not returned.

    Given "Contoso Issuing CA" has revoked the certificate of "Bob 2026"
    And Alice uses Outlook on an iPhone
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    And bob@contoso.com sent alice@contoso.com a message clear-signed with "Bob 2026"
    When Alice installs the sender's certificate from the S/MIME status bar
    Then Outlook answers OK
    When Outlook looks up the certificate of bob@contoso.com on the device
    Then the lookup finds no certificate: REVOKED
