@lookup
Feature: A certificate lookup searches the device, then Azure Active Directory, then the LDAP endpoint
  "When Outlook for iOS and Android performs a certificate lookup, the app will search the local
  device first, then query Azure Active Directory, and then evaluate any LDAP directory endpoint."

  Which directories were asked, and in what order, is read from what the fake Global Address
  List (Azure Active Directory) and the fake LDAP directory saw, not from what Outlook reports.
  The device is no fake: that it comes first shows in a lookup that ends there with neither
  directory asked.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob on the device" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob in Azure AD" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob in LDAP" for bob@contoso.com

  @rule:LDAP-5
  Scenario: A certificate on the device ends the lookup before any directory is asked
    Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
    And the LDAP directory publishes the certificate "Bob in LDAP" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    And Alice has the public certificate "Bob on the device" on the device
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob on the device" on the device
    And no directory was asked

  @rule:LDAP-5
  Scenario: Azure Active Directory is asked before LDAP, and a certificate there ends the lookup
    Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
    And the LDAP directory publishes the certificate "Bob in LDAP" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob in Azure AD" in the Global Address List
    And only the Global Address List was asked

  @rule:LDAP-5
  Scenario: With nothing on the device nor in Azure Active Directory, LDAP is asked last
    Given the Global Address List lists bob@contoso.com with no certificate
    And the LDAP directory publishes the certificate "Bob in LDAP" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob in LDAP" in the LDAP directory
    And the Global Address List was asked first, then the LDAP directory

  @rule:LDAP-5 @interpretation
  Scenario: Azure Active Directory out of reach does not stop the lookup
    A place that cannot be asked is passed over, as a place that holds nothing is: the lookup goes
    on to the next one. Only when no place gives a certificate does its problem become the answer.

    Given the Global Address List answers 500 Internal Server Error
    And the LDAP directory publishes the certificate "Bob in LDAP" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob in LDAP" in the LDAP directory
    And the Global Address List was asked first, then the LDAP directory

  @rule:LDAP-5 @interpretation
  Scenario: With no certificate anywhere, the first problem met is the answer
    Azure Active Directory cannot be asked and the LDAP directory holds nothing for Bob: the lookup
    finds nothing, and says GAL_UNREACHABLE, the first problem in lookup order.

    Given the Global Address List answers only after Outlook has given up
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: GAL_UNREACHABLE
    And the Global Address List was asked first, then the LDAP directory

  @rule:LDAP-5
  Scenario: Nobody holds a certificate for the address
    Given the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of dave@contoso.com
    Then the lookup finds no certificate: CERT_NOT_FOUND
    And the Global Address List was asked first, then the LDAP directory

  @rule:LDAP-5 @rule:SEND-9 @interpretation
  Scenario: The lookup order is not the order for the recipients of an encrypted message
    The article contradicts itself: a certificate lookup searches the device first (LDAP-5), while
    the recipients of an encrypted message are looked up in the Global Address List first (SEND-9,
    features/recipients). Both are encoded where the article puts them: here, with Bob's
    certificate both on the device and in Azure Active Directory, the lookup takes the device's.

    Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
    And Alice has the public certificate "Bob on the device" on the device
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob on the device" on the device
    And no directory was asked

  @interpretation
  Rule: Azure Active Directory is asked within Outlook's wait, and judged by what it sends
    The article does not say what an Azure Active Directory that misbehaves means for a lookup.
    This suite reads it as for every endpoint: an answer cut halfway, more than 1 MiB (the most
    Outlook reads of one answer), bytes that are not HTTP, or a redirect back to itself (Outlook
    follows at most 5) is no answer, and with nothing elsewhere the lookup ends with
    GAL_UNREACHABLE; a JSON answer labelled text/html, or sent slowly but in time, is an answer.
    A fault ends with the request it spoiled: once Azure Active Directory answers properly again,
    the next lookup finds the certificate there.

    @rule:LDAP-5
    Scenario Outline: Azure Active Directory that <fault> gives no answer: GAL_UNREACHABLE
      Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
      And the Global Address List <fault>
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: GAL_UNREACHABLE

      Examples:
        | fault                                            |
        | refuses connections                              |
        | resets the connection                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | answers 500 Internal Server Error                |
        | answers with something else                      |
        | answers with something that is not HTTP          |
        | redirects to itself                              |
        | answers with more than 1 MiB                     |

    @rule:LDAP-5
    Scenario Outline: Azure Active Directory that <fault> still gives the certificate
      Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
      And the Global Address List <fault>
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob in Azure AD" in the Global Address List

      Examples:
        | fault                       |
        | answers slowly but in time  |
        | labels its answer text/html |

    @rule:LDAP-5
    Scenario Outline: After Azure Active Directory <fault>, the next lookup finds the certificate there
      Given the Global Address List publishes the certificate "Bob in Azure AD" for bob@contoso.com
      And the Global Address List <fault>
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: GAL_UNREACHABLE
      When the Global Address List answers properly again
      And Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob in Azure AD" in the Global Address List

      Examples:
        | fault                                            |
        | resets the connection                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | redirects to itself                              |
        | answers with more than 1 MiB                     |
