@delivery @automated
Feature: Company Portal retrieves the certificates from Intune, asynchronously, into the Microsoft publisher keychain
  "The Company Portal is used to retrieve signing and encryption certificates from Intune." "On iOS,
  users must use the Company Portal app to retrieve their S/MIME certificates." "Company Portal: If
  selected, users will receive a push notification on their device, which will take them to the
  landing page in Company Portal where S/MIME certificates will be retrieved." "Email: Sends an email
  to the end user informing them that they need to launch Company Portal to retrieve their S/MIME
  certificates. If the user is on their enrolled iOS device when they click the link in the email,
  they will be redirected to the Company Portal to retrieve their certificates." "In order to deliver
  certificates that can be accessed by Outlook for iOS, the certificates must reside in the
  Microsoft publisher keychain to which Outlook for iOS has access. Only Microsoft published apps,
  like the Company Portal, can place certificates into the Microsoft publisher keychain."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice encryption 2026" for alice@contoso.com
    And Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the PFX Certificate Connector for Microsoft Intune is installed
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And "Contoso Issuing CA" issues the SCEP certificates of Endpoint Manager
    And alice@contoso.com is a member of the Azure AD group "S/MIME users"

  Rule: Both end-user notifications lead to retrieval through Company Portal

    @rule:POL-7 @ios
    Scenario Outline: With <chosen> notifications, following <notification> retrieves the certificates
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
        | End-user notifications                            | <chosen>                   |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows <notification> on her iPhone
      Then Company Portal starts retrieving on Alice's iPhone
      And Company Portal delivers the certificates to Alice's iPhone
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption
      And on Alice's iPhone Outlook chooses "the SCEP certificate of Alice's iPhone" for signing

      Examples:
        | chosen         | notification                           |
        | Company Portal | the Company Portal notification        |
        | Email          | the link in the Endpoint Manager email |

  Rule: Retrieval runs on its own, and Outlook is asked where it stands until it settles

    @rule:AUTO-7 @ios
    Scenario: While Endpoint Manager has not issued the SCEP certificate, retrieval is in progress and nothing is placed
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
        | End-user notifications                            | Company Portal             |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      And Endpoint Manager keeps the SCEP requests it receives pending
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal starts retrieving on Alice's iPhone
      And Company Portal is still retrieving on Alice's iPhone
      And Outlook on Alice's iPhone holds no certificate
      When Endpoint Manager issues the pending SCEP certificates
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice encryption 2026                  |
        | the SCEP certificate of Alice's iPhone |

    @rule:AUTO-7 @android
    Scenario: Following a second notification while Company Portal is retrieving starts no second retrieval
      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise work profile
      And Endpoint Manager keeps the SCEP requests it receives pending
      And Alice follows the Company Portal notification on her Android phone
      When Alice follows the Company Portal notification on her Android phone
      Then following the notification on Alice's Android phone is answered RETRIEVAL_IN_PROGRESS
      When Endpoint Manager issues the pending SCEP certificates
      Then Company Portal delivers the certificates to Alice's Android phone
      And Outlook on Alice's Android phone holds exactly these certificates with their private keys:
        | the SCEP certificate of Alice's Android phone |

    @rule:AUTO-7
    Scenario Outline: When Endpoint Manager <fails>, retrieval ends as INTUNE_UNREACHABLE and nothing is placed
      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And Endpoint Manager <fails>
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise fully managed device
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: INTUNE_UNREACHABLE
      And Outlook on Alice's Android phone holds no certificate

      Examples:
        | fails                                            |
        | refuses connections                              |
        | resets the connection                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | answers 500 Internal Server Error                |
        | answers with something else                      |
        | answers with something that is not HTTP          |

    @rule:AUTO-7 @interpretation
    Scenario Outline: When Endpoint Manager <fails>, retrieval ends as INTUNE_UNREACHABLE too
      The article does not say how far Company Portal goes for an answer. This suite reads it as
      for every endpoint: an answer of more than 1 MiB (the most read of one answer) is no answer,
      and Endpoint Manager's API does not redirect, so Company Portal follows no redirect from it:
      both end retrieval as INTUNE_UNREACHABLE.

      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And Endpoint Manager <fails>
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise fully managed device
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: INTUNE_UNREACHABLE
      And Outlook on Alice's Android phone holds no certificate

      Examples:
        | fails                        |
        | redirects to itself          |
        | answers with more than 1 MiB |

    @rule:AUTO-7 @interpretation
    Scenario Outline: When Endpoint Manager <fails>, the certificates are still delivered
      The bytes count, not the label: JSON labelled text/html, or sent slowly but within Company
      Portal's wait, is Endpoint Manager's answer.

      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And Endpoint Manager <fails>
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise work profile
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone
      And Outlook on Alice's Android phone holds exactly these certificates with their private keys:
        | the SCEP certificate of Alice's Android phone |

      Examples:
        | fails                       |
        | answers slowly but in time  |
        | labels its answer text/html |

    @rule:AUTO-7 @interpretation
    Scenario Outline: After Endpoint Manager <fails>, following the notification again delivers the certificates
      A fault ends with the request it spoiled: once Endpoint Manager answers properly again, the
      next retrieval goes as usual.

      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And Endpoint Manager <fails>
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise work profile
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: INTUNE_UNREACHABLE
      When Endpoint Manager answers properly again
      And Alice follows the Company Portal notification on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone

      Examples:
        | fails                                            |
        | resets the connection halfway through its answer |
        | answers only after Outlook has given up          |
        | answers with more than 1 MiB                     |

  Rule: On iOS, Company Portal places the certificates in the Microsoft publisher keychain, and Outlook reads nothing else

    @rule:AUTO-2 @ios
    Scenario: The certificates Company Portal retrieves are in the Microsoft publisher keychain, with their private keys
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
        | End-user notifications                            | Company Portal             |
      And Alice uses Outlook on an iPad
      And Alice's iPad is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPad
      Then Company Portal delivers the certificates to Alice's iPad
      And Alice's iPad holds "Alice encryption 2026" with its private key in the Microsoft publisher keychain
      And Alice's iPad holds "the SCEP certificate of Alice's iPad" with its private key in the Microsoft publisher keychain

    @rule:AUTO-2 @ios
    Scenario: A certificate in the iOS system keychain is invisible to Outlook, even with its private key
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And Alice uses Outlook on an iPhone
      And the certificate "Alice 2026" with its private key is in the iOS system keychain
      Then Outlook on Alice's iPhone holds no certificate
      And on Alice's iPhone no certificate is available for signing
      And on Alice's iPhone no certificate is available for encryption

    @rule:AUTO-2 @ios
    Scenario: Beside a certificate in the iOS system keychain, Outlook uses the one Company Portal placed
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | PKCS imported certificates |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
        | End-user notifications                            | Company Portal             |
      And "Contoso Issuing CA" issued the certificate "Alice in the system keychain" with:
        | SAN email address | alice@contoso.com |
        | valid from        | 2026-05-31        |
        | valid until       | 2027-05-31        |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      And the certificate "Alice in the system keychain" with its private key is in the iOS system keychain
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice encryption 2026 |
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for signing
