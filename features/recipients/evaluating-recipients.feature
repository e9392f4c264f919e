@recipients
Feature: Every recipient is evaluated before an encrypted message is sent, and nothing goes out unencrypted
  "Outlook for iOS and Android will evaluate all recipients prior to sending an encrypted message
  and confirm that a valid public certificate key exists for each recipient. [...] For recipients
  without a public certificate key (or an invalid key), Outlook will prompt for their removal. The
  message will not be sent without encryption to any recipient unless the encryption option is
  disabled by the sender during composition."

  What went out is read from the messages Outlook produced when asked to send, examined by the
  fakes' own S/MIME reader, not from what Outlook answered: "nothing went out" means Outlook
  produced no message at all.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Fabrikam Root CA" is a root certification authority
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Carol 2026" for carol@contoso.com
    And "Fabrikam Root CA" issued the certificate "Dave from Fabrikam" for dave@contoso.com
    And "Contoso Issuing CA" issued the certificate "Frank revoked" for frank@contoso.com
    And "Contoso Issuing CA" has revoked the certificate of "Frank revoked"
    And "Contoso Issuing CA" issued the certificate "Grace expired" for grace@contoso.com
    And the certificate of "Grace expired" expired on 2026-05-01
    And "Contoso Issuing CA" issued the certificate "Henry signing only" with:
      | SAN email address | henry@contoso.com                |
      | key usage         | digitalSignature, nonRepudiation |
    And the Global Address List publishes the certificate "Bob 2026" for bob@contoso.com
    And the Global Address List publishes the certificate "Carol 2026" for carol@contoso.com
    And the Global Address List publishes the certificate "Dave from Fabrikam" for dave@contoso.com
    And the Global Address List publishes the certificate "Frank revoked" for frank@contoso.com
    And the Global Address List publishes the certificate "Grace expired" for grace@contoso.com
    And the Global Address List publishes the certificate "Henry signing only" for henry@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com

  @rule:SEND-8
  Scenario: One recipient without a valid certificate among several is caught before anything is sent
    When Alice sends an encrypted message to bob@contoso.com, dave@contoso.com and carol@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And nothing went out
    And the Global Address List was asked about bob@contoso.com, dave@contoso.com and carol@contoso.com

  @rule:SEND-8
  Scenario: Every recipient is evaluated, also after the first without a valid certificate
    When Alice sends an encrypted message to dave@contoso.com, bob@contoso.com, erin@contoso.com and carol@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And the Global Address List was asked about dave@contoso.com, bob@contoso.com, erin@contoso.com and carol@contoso.com
    And Outlook offers to remove exactly dave@contoso.com and erin@contoso.com

  @rule:SEND-8
  Scenario: With a valid certificate for every recipient the message is sent
    When Alice sends an encrypted message to bob@contoso.com and carol@contoso.com
    Then Outlook sends the message
    And Outlook offers to remove nobody
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Alice 2026 |

  @rule:SEND-10
  Scenario Outline: A recipient <why> is offered for removal
    When Alice sends an encrypted message to bob@contoso.com and <recipient>
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And Outlook offers to remove exactly <recipient>

    Examples:
      | recipient         | why                                                 |
      | dave@contoso.com  | whose certificate does not lead to a trusted root   |
      | frank@contoso.com | whose certificate is revoked                        |
      | grace@contoso.com | whose certificate has expired                       |
      | henry@contoso.com | whose certificate cannot be encrypted to            |
      | erin@contoso.com  | with no certificate anywhere                        |

  @rule:SEND-10
  Scenario: Exactly the recipients without a valid certificate are offered for removal, each once
    When Alice sends an encrypted message to bob@contoso.com, dave@contoso.com, carol@contoso.com, erin@contoso.com, Dave@Contoso.com and frank@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And Outlook offers to remove exactly dave@contoso.com, erin@contoso.com and frank@contoso.com

  @rule:SEND-11
  Scenario: Nothing goes out, to anyone, while a recipient lacks a valid certificate
    When Alice sends a signed and encrypted message to bob@contoso.com, carol@contoso.com and erin@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And nothing went out

  @rule:SEND-11 @rule:SEND-10
  Scenario: Once Alice removes the recipients offered, the message goes encrypted to the rest and to nobody else
    When Alice sends an encrypted message to bob@contoso.com, dave@contoso.com, carol@contoso.com and erin@contoso.com
    Then Outlook offers to remove exactly dave@contoso.com and erin@contoso.com
    When Alice removes the recipients Outlook offered to remove and sends the message again
    Then Outlook sends the message
    And exactly one message went out
    And no message went out unencrypted
    And the message went to exactly bob@contoso.com and carol@contoso.com
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Alice 2026 |

  @rule:SEND-11
  Scenario: Once Alice turns encryption off, the message goes unencrypted to every recipient
    When Alice sends an encrypted message to bob@contoso.com and erin@contoso.com
    Then Outlook offers to remove exactly erin@contoso.com
    When Alice turns encryption off and sends the message again
    Then Outlook sends the message
    And exactly one message went out
    And the message went to exactly bob@contoso.com and erin@contoso.com
    And the message is neither signed nor encrypted and holds the text Alice wrote

  @rule:SEND-11
  Scenario: A signed and encrypted message with encryption turned off still goes signed
    When Alice sends a signed and encrypted message to bob@contoso.com and erin@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    When Alice turns encryption off and sends the message again
    Then Outlook sends the message
    And exactly one message went out
    And the message is clear-signed with "Alice 2026"
