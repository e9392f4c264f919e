@recipients
Feature: Nested distribution groups are expanded down to a limit
  "[...] including those in nested distribution groups, though care should be taken on limiting the
  number of nested distribution groups to minimize the processing impact."

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
    And the distribution group all@contoso.com has the members bob@contoso.com and sales@contoso.com
    And the distribution group sales@contoso.com has the members carol@contoso.com and sales-emea@contoso.com
    And the distribution group sales-emea@contoso.com has the members dave@contoso.com

  @rule:SEND-4 @interpretation
  Rule: A group nested deeper than the limit stops the message as a whole
    The article asks for care with the number of nested groups without giving a number. Depth is
    counted from the group named as a recipient (0): a group it lists is nested 1 deep, a group
    that one lists 2 deep, and so on. Outlook expands groups nested up to the limit (10 unless the
    scenario says otherwise); a group nested deeper stops the message with GROUP_NESTING_TOO_DEEP,
    naming the path to it, and nothing is sent: sending to part of a group without saying so would
    be worse. Here sales-emea@contoso.com is nested 2 deep in all@contoso.com.

    Scenario: Groups nested as deep as the limit are expanded
      Given Outlook expands distribution groups nested at most 2 deep
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends an encrypted message to all@contoso.com
      Then Outlook sends the message
      And the message is encrypted with AES for exactly:
        | Bob 2026   |
        | Carol 2026 |
        | Dave 2026  |
        | Alice 2026 |

    Scenario: A group nested deeper than the limit stops the message, and nothing goes out
      Given Outlook expands distribution groups nested at most 1 deep
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends an encrypted message to all@contoso.com
      Then Outlook refuses to send the message: GROUP_NESTING_TOO_DEEP
      And nothing went out

    Scenario: With no limit said, groups nested two deep are well within it
      Given Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends an encrypted message to all@contoso.com
      Then Outlook sends the message

    Scenario: A limit of 0 expands the group named and no group inside it
      Given Outlook expands distribution groups nested at most 0 deep
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends an encrypted message to sales-emea@contoso.com
      Then Outlook sends the message
      When Alice sends an encrypted message to sales@contoso.com
      Then Outlook refuses to send the message: GROUP_NESTING_TOO_DEEP

  @rule:SEND-4 @interpretation
  Rule: The groups of one message are read up to 10,000 members
    The article asks for care with the processing impact of groups without giving a number. Outlook
    reads at most 10,000 members from the distribution groups of one message, every group and
    nesting level together, a page of 100 at a time with their certificates. A message whose groups
    list more stops with GROUP_TOO_LARGE and nothing is sent, as for a group nested too deep:
    sending to part of a group without saying so would be worse. The rest of the group is never
    asked for.

    Scenario: A group of 100000 members stops the message after a bounded number of questions, and nothing goes out
      Given the distribution group everyone@contoso.com has 100000 members
      And Alice installed the certificate "Alice 2026" with its private key
      And Alice has turned S/MIME on for alice@contoso.com
      When Alice sends an encrypted message to everyone@contoso.com
      Then Outlook refuses to send the message: GROUP_TOO_LARGE
      And nothing went out
      And the Global Address List was asked no more than 102 times
