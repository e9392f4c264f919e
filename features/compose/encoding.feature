@compose
Feature: The sender chooses to sign and/or encrypt, and the encoding is applied when the message is saved or sent
  "When composing an email in Outlook for iOS and Android, the sender can choose to encrypt and/or
  sign the message. [...] Selecting an S/MIME option enables the respective encoding on the email
  as soon as the message is saved or sent, assuming the sender has a valid certificate."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Carol 2026" for carol@contoso.com

  @rule:SEND-3
  Scenario: An encrypted message is enveloped with AES for every recipient and for Alice herself
    One recipient info per recipient, and one for the sender, so that the sent item can be read.

    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has the public certificate "Bob 2026" on the device
    And Alice has the public certificate "Carol 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends an encrypted message to bob@contoso.com and carol@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Alice 2026 |
    And decrypted with the private key of "Bob 2026", the message holds the text Alice wrote
    And decrypted with the private key of "Carol 2026", the message holds the text Alice wrote
    And decrypted with the private key of "Alice 2026", the message holds the text Alice wrote

  @rule:SEND-3
  Scenario: Signed and encrypted: the message is signed first, then the signed message is encrypted
    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has the public certificate "Bob 2026" on the device
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a signed and encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Alice 2026 |
    And decrypted with the private key of "Bob 2026", the message is clear-signed with "Alice 2026"
    And decrypted with the private key of "Bob 2026", the message holds the text Alice wrote

  @rule:SEND-3
  Scenario: A message neither signed nor encrypted is sent as plain text
    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice sends a plain message to bob@contoso.com
    Then Outlook sends the message
    And the message is neither signed nor encrypted and holds the text Alice wrote

  @rule:SEND-3
  Scenario: A draft saved signed is already signed when it is saved
    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice saves a signed draft to bob@contoso.com
    Then Outlook saves the draft
    And the saved draft is clear-signed with "Alice 2026"
    And the signed text of the saved draft is the text Alice wrote

  @rule:SEND-3 @interpretation
  Scenario: A draft saved encrypted is already encrypted when it is saved, for Alice alone
    A saved draft is for its author to open again, so it is encrypted to her own certificate
    only; the recipients' certificates are looked up and checked when the message is sent. Bob's
    certificate is not even on the device: saving does not need it.

    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice saves an encrypted draft to bob@contoso.com
    Then Outlook saves the draft
    And the saved draft is encrypted with AES for exactly:
      | Alice 2026 |
    And decrypted with the private key of "Alice 2026", the saved draft holds the text Alice wrote

  @rule:SEND-3
  Scenario: A draft saved signed and encrypted is signed, then encrypted, when it is saved
    Given Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice saves a signed and encrypted draft to bob@contoso.com
    Then Outlook saves the draft
    And the saved draft is encrypted with AES for exactly:
      | Alice 2026 |
    And decrypted with the private key of "Alice 2026", the saved draft is clear-signed with "Alice 2026"

  @rule:SEND-3
  Scenario: A draft neither signed nor encrypted is saved as plain text
    Given Alice has turned S/MIME on for alice@contoso.com
    When Alice saves a plain draft to bob@contoso.com
    Then Outlook saves the draft
    And the saved draft is neither signed nor encrypted and holds the text Alice wrote

  @rule:SEND-3
  Scenario Outline: Without a valid certificate <protection> draft is not saved: certificate not available
    "Assuming the sender has a valid certificate": without one, nothing is encoded and nothing saved.

    Given Alice has turned S/MIME on for alice@contoso.com
    When Alice saves <protection> draft to bob@contoso.com
    Then Outlook refuses to save the draft: CERT_NOT_AVAILABLE

    Examples:
      | protection              |
      | a signed                |
      | an encrypted            |
      | a signed and encrypted  |

  @rule:SEND-3 @rule:CLIENT-1
  Scenario: With S/MIME off a message can be neither signed nor encrypted
    Given Alice installed the certificate "Alice 2026" with its private key
    When Alice sends a signed message to bob@contoso.com
    Then Outlook refuses to send the message: SMIME_DISABLED
