@recipients
Feature: Signed and encrypted messages can go to distribution groups, nested groups included
  "Outlook for iOS and Android can send S/MIME signed and encrypted messages to distribution
  groups. Outlook for iOS and Android enumerates the certificates for the users defined in the
  distribution group, including those in nested distribution groups, though care should be taken
  on limiting the number of nested distribution groups to minimize the processing impact."

  The groups and their members are in the Global Address List, as stated: a group may list
  someone twice, list itself, or take part in a cycle.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Carol 2026" for carol@contoso.com
    And "Contoso Issuing CA" issued the certificate "Dave 2026" for dave@contoso.com
    And the Global Address List publishes the certificate "Bob 2026" for bob@contoso.com
    And the Global Address List publishes the certificate "Carol 2026" for carol@contoso.com
    And the Global Address List publishes the certificate "Dave 2026" for dave@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com

  @rule:SEND-4
  Scenario: The members of a group and of the groups nested in it each get the message encrypted to them
    Given the distribution group sales@contoso.com has the members bob@contoso.com and sales-emea@contoso.com
    And the distribution group sales-emea@contoso.com has the members carol@contoso.com and sales-nordics@contoso.com
    And the distribution group sales-nordics@contoso.com has the members dave@contoso.com
    When Alice sends an encrypted message to sales@contoso.com
    Then Outlook sends the message
    And the message went to exactly sales@contoso.com
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Dave 2026  |
      | Alice 2026 |

  @rule:SEND-4 @interpretation
  Scenario: Someone in two groups, and named as well, is encrypted to once
    Each person is counted once, however many groups list them and however they are written.

    Given the distribution group sales@contoso.com has the members bob@contoso.com and carol@contoso.com
    And the distribution group support@contoso.com has the members Carol@Contoso.com, dave@contoso.com and dave@contoso.com
    When Alice sends an encrypted message to sales@contoso.com, support@contoso.com and bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Dave 2026  |
      | Alice 2026 |

  @rule:SEND-4 @interpretation
  Scenario: Groups that contain each other, or themselves, are expanded once and the expansion ends
    A group met again is not expanded again, so a cycle ends.

    Given the distribution group sales@contoso.com has the members bob@contoso.com and support@contoso.com
    And the distribution group support@contoso.com has the members carol@contoso.com and sales@contoso.com
    And the distribution group team@contoso.com has the members team@contoso.com and dave@contoso.com
    When Alice sends an encrypted message to sales@contoso.com and team@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Dave 2026  |
      | Alice 2026 |

  @rule:SEND-4 @rule:SEND-10
  Scenario: Members of a group without a certificate are offered for removal, and the others get the message
    Given the distribution group sales@contoso.com has the members bob@contoso.com, erin@contoso.com and sales-emea@contoso.com
    And the distribution group sales-emea@contoso.com has the members carol@contoso.com and frank@contoso.com
    When Alice sends an encrypted message to sales@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And Outlook offers to remove exactly erin@contoso.com and frank@contoso.com
    And nothing went out
    When Alice removes the recipients Outlook offered to remove and sends the message again
    Then Outlook sends the message
    And the message went to exactly bob@contoso.com and carol@contoso.com
    And the message is encrypted with AES for exactly:
      | Bob 2026   |
      | Carol 2026 |
      | Alice 2026 |

  @rule:SEND-4 @rule:SEND-10
  Scenario: A group of 1000 people in groups nested 5 deep is expanded to each of them once
    The people are spread over five groups, each nested in the one before; every nested group also
    names the first person of the group above it again. Nobody has a certificate, so every one of
    the 1000 is offered for removal, once.

    Given the distribution group all@contoso.com has 1000 members in groups nested 5 deep, none with a certificate
    When Alice sends an encrypted message to all@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And Outlook offers to remove exactly the 1000 members of all@contoso.com
    And nothing went out
