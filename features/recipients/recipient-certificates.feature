@recipients
Feature: Each recipient's certificate comes from the Global Address List first, then from the device
  "In order to compose an encrypted message, the target recipient's public certificate key must be
  available either in the Global Address List or stored on the local device."
  "The Global Address List (GAL) is checked first; if a certificate for the recipient does not
  exist in the GAL, Outlook queries the Microsoft publisher keychain in iOS or the system KeyStore
  in Android to locate the recipient's public certificate key."

  Which certificate a message was encrypted to is read from the message Outlook sent, by the
  fakes' own S/MIME reader: one recipient info per certificate, Alice's own included so that she
  can read her sent item.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob in the GAL" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob on the device" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob in LDAP" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Carol on the device" for carol@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob revoked" for bob@contoso.com
    And "Contoso Issuing CA" has revoked the certificate of "Bob revoked"
    And Alice installed the certificate "Alice 2026" with its private key
    And Alice has turned S/MIME on for alice@contoso.com

  @rule:SEND-6
  Scenario: A recipient's certificate in the Global Address List is encrypted to
    Given the Global Address List publishes the certificate "Bob in the GAL" for bob@contoso.com
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob in the GAL |
      | Alice 2026     |

  @rule:SEND-6
  Scenario: A recipient's certificate stored on the device is encrypted to
    Given the Global Address List lists bob@contoso.com with no certificate
    And Alice has the public certificate "Bob on the device" on the device
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob on the device |
      | Alice 2026        |

  @rule:SEND-6
  Scenario: A recipient with a certificate in neither place cannot be encrypted to
    Given the Global Address List lists bob@contoso.com with no certificate
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook refuses to send the message: NO_RECIPIENT_CERTIFICATE
    And Outlook offers to remove exactly bob@contoso.com
    And nothing went out

  @rule:SEND-9
  Scenario: With a certificate in both places, the Global Address List's is used
    Given the Global Address List publishes the certificate "Bob in the GAL" for bob@contoso.com
    And Alice has the public certificate "Bob on the device" on the device
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob in the GAL |
      | Alice 2026     |

  @rule:SEND-9
  Scenario: The Global Address List is asked even about a recipient whose certificate is on the device
    Given Alice has the public certificate "Carol on the device" on the device
    When Alice sends an encrypted message to carol@contoso.com
    Then Outlook sends the message
    And the Global Address List was asked about carol@contoso.com
    And the message is encrypted with AES for exactly:
      | Carol on the device |
      | Alice 2026          |

  @rule:SEND-9 @interpretation
  Scenario: A certificate in the Global Address List that fails validation counts as not there
    "If a certificate for the recipient does not exist in the GAL" is read as "if no valid one
    does": Bob's revoked certificate in the Global Address List is passed over, and the device's
    is used.

    Given the Global Address List publishes the certificate "Bob revoked" for bob@contoso.com
    And Alice has the public certificate "Bob on the device" on the device
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob on the device |
      | Alice 2026        |

  @rule:SEND-9 @rule:LDAP-5 @interpretation
  Scenario: The recipients' order is not the order of a certificate lookup
    The article contradicts itself: a certificate lookup searches the device first (LDAP-5,
    features/lookup), while the recipients of an encrypted message are looked up in the Global
    Address List first (SEND-9). Both are encoded where the article puts them: with Bob's
    certificate in both places, the lookup takes the device's and the message is encrypted to the
    Global Address List's.

    Given the Global Address List publishes the certificate "Bob in the GAL" for bob@contoso.com
    And Alice has the public certificate "Bob on the device" on the device
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob on the device" on the device
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the message is encrypted with AES for exactly:
      | Bob in the GAL |
      | Alice 2026     |

  @rule:LDAP-1 @interpretation
  Scenario: A recipient whose certificate is only in the LDAP directory is encrypted to
    The article names the Global Address List and the device for recipients, and LDAP as a
    source of public certificates: with an LDAP endpoint in the policy, the directory is asked
    last, after the Global Address List and the device.

    Given the Global Address List lists bob@contoso.com with no certificate
    And the LDAP directory publishes the certificate "Bob in LDAP" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Alice sends an encrypted message to bob@contoso.com
    Then Outlook sends the message
    And the Global Address List was asked first, then the LDAP directory
    And the message is encrypted with AES for exactly:
      | Bob in LDAP |
      | Alice 2026  |
