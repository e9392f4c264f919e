@delivery @automated
Feature: Certificates are delivered automatically only to devices Endpoint Manager enrolled in a supported way
  "Outlook for iOS and Android only supports automated certificate delivery when Microsoft Endpoint
  Manager is the enrollment provider." "Outlook for Android relies on Endpoint Manager to deliver
  and approve the S/MIME certificates. Automatic certificate delivery is supported with Android
  enrollment scenarios: device administrator, Android Enterprise work profile, and Android
  Enterprise fully managed."

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
    And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
      | Enable S/MIME                                     | Yes                        |
      | Deploy S/MIME certificates from Intune            | Yes                        |
      | Signing certificates: Certificate profile type    | SCEP                       |
      | Encryption certificates: Certificate profile type | PKCS imported certificates |
      | End-user notifications                            | Company Portal             |
    And a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
    And a PKCS imported certificate profile for S/MIME encryption on Android Enterprise is assigned to the group "S/MIME users"

  Rule: Endpoint Manager must be the enrollment provider; another MDM, or none, gets nothing automatically, and manual delivery still works

    @rule:AUTO-1 @ios
    Scenario: An iPhone enrolled in Endpoint Manager receives its certificates
      Given Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice encryption 2026                  |
        | the SCEP certificate of Alice's iPhone |

    @rule:AUTO-1
    Scenario Outline: <device> enrolled in another MDM gets nothing automatically, and Endpoint Manager is not asked
      Given Alice uses Outlook on <a device>
      And <device> is enrolled in another MDM
      When Alice follows the Company Portal notification on <her device>
      Then automated delivery is refused at once on <device>: NOT_MANAGED_BY_ENDPOINT_MANAGER
      And Company Portal asked Endpoint Manager nothing about <device>
      And Outlook on <device> holds no certificate

      Examples:
        | a device         | device                | her device        |
        | an iPhone        | Alice's iPhone        | her iPhone        |
        | an Android phone | Alice's Android phone | her Android phone |

    @rule:AUTO-1
    Scenario Outline: <device>, not enrolled in any device management, gets nothing automatically
      Given Alice uses Outlook on <a device>
      And <device> is not enrolled in any device management
      When Alice follows the link in the Endpoint Manager email on <her device>
      Then automated delivery is refused at once on <device>: DEVICE_NOT_ENROLLED
      And Company Portal asked Endpoint Manager nothing about <device>
      And Outlook on <device> holds no certificate

      Examples:
        | a device         | device                | her device        |
        | an iPad          | Alice's iPad          | her iPad          |
        | an Android phone | Alice's Android phone | her Android phone |

    @rule:AUTO-1 @ios
    Scenario: On an iPhone managed by another MDM the certificate mailed to Alice still installs
      Given Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in another MDM
      And alice@contoso.com was mailed the certificate "Alice encryption 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice follows the Company Portal notification on her iPhone
      And Alice taps the attachment "Alice encryption 2026" on her iPhone and types the password "C0ntoso-S/MIME-2026!"
      Then the certificate is installed
      And Alice's iPhone holds "Alice encryption 2026" with its private key in the Microsoft publisher keychain
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption

  Rule: On Android, device administrator, Android Enterprise work profile and fully managed are supported, nothing else

    @rule:AUTO-3 @android
    Scenario Outline: An Android phone enrolled as <enrollment> receives its certificates in the Android KeyStore
      Given Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as <enrollment>
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone
      And Alice's Android phone holds "Alice encryption 2026" with its private key in the Android KeyStore
      And Alice's Android phone holds "the SCEP certificate of Alice's Android phone" with its private key in the Android KeyStore

      Examples:
        | enrollment                                 |
        | a device administrator                     |
        | an Android Enterprise work profile         |
        | an Android Enterprise fully managed device |

    @rule:AUTO-3 @android
    Scenario: An Android phone enrolled as an Android Enterprise dedicated device gets nothing automatically
      Given Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise dedicated device
      When Alice follows the Company Portal notification on her Android phone
      Then automated delivery is refused at once on Alice's Android phone: ENROLLMENT_NOT_SUPPORTED
      And Company Portal asked Endpoint Manager nothing about Alice's Android phone
      And Outlook on Alice's Android phone holds no certificate

    @rule:AUTO-3 @android
    Scenario: An unenrolled Android phone gets nothing automatically
      Given Alice uses Outlook on an Android phone
      And Alice's Android phone is not enrolled in any device management
      When Alice follows the Company Portal notification on her Android phone
      Then automated delivery is refused at once on Alice's Android phone: DEVICE_NOT_ENROLLED
      And Outlook on Alice's Android phone holds no certificate
