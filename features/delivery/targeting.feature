@delivery @automated
Feature: The policy targets Microsoft Outlook on one platform and reaches the users of the Azure AD groups it is assigned to
  "For Platform, choose iOS/iPadOS." "For Targeted app, choose Select app, and then, on the
  Associated app blade, choose Microsoft Outlook." "Select Assignments to assign the app
  configuration policy to the Azure AD groups." (iOS steps 5, 6 and 16.) "For Platform, choose
  Android Enterprise and for Profile Type, choose All Profile Types." (Android step 6.)

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

  @interpretation
  Rule: A policy assigned to no group the user is in does nothing
    Endpoint Manager hands Company Portal every Outlook policy of the tenant with its assignments,
    and Company Portal acts only on those assigned to a group the user is a member of. A policy
    for other groups changes nothing on the device: no setting, no certificate. When no policy at
    all reaches the user, retrieval ends as NO_POLICY_ASSIGNED.

    @rule:POL-8 @ios
    Scenario: A policy assigned only to another group does nothing for Alice
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for Sales" for Microsoft Outlook is assigned to the group "Sales" with:
        | Enable S/MIME                                     | Yes                        |
        | Encrypt all emails                                | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: NO_POLICY_ASSIGNED
      And S/MIME is off for alice@contoso.com
      And automatic encryption is off for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate

    @rule:POL-8 @ios
    Scenario: Once Alice is in the group the policy is assigned to, it reaches her
      Given alice@contoso.com is a member of the Azure AD group "Sales"
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for Sales" for Microsoft Outlook is assigned to the group "Sales" with:
        | Enable S/MIME                                     | Yes                        |
        | Encrypt all emails                                | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And S/MIME is on for alice@contoso.com
      And automatic encryption is on for alice@contoso.com

    @rule:POL-8 @android
    Scenario: Neither a policy nor a certificate profile for Alice's groups: NO_POLICY_ASSIGNED
      Given a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "Sales"
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise work profile
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: NO_POLICY_ASSIGNED
      And Outlook on Alice's Android phone holds no certificate

  @interpretation
  Rule: A policy for the other platform is refused, and one for this platform applies beside it
    A policy made for Android Enterprise is refused on iOS and iPadOS, and one made for iOS/iPadOS
    is refused on Android: nothing of it is applied. When it is the only thing that reaches the
    user, retrieval ends as POLICY_WRONG_PLATFORM. When a policy for the device's own platform is
    assigned too, that one applies, and the other's settings change nothing.

    @rule:POL-8 @ios
    Scenario: An iPhone refuses a policy made for Android Enterprise: POLICY_WRONG_PLATFORM
      Given the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME   | Yes |
        | Sign all emails | Yes |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: POLICY_WRONG_PLATFORM
      And S/MIME is off for alice@contoso.com
      And automatic signing is off for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate

    @rule:POL-8 @android
    Scenario: An Android phone refuses a policy made for iOS/iPadOS: POLICY_WRONG_PLATFORM
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise fully managed device
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: POLICY_WRONG_PLATFORM
      And S/MIME is off for alice@contoso.com
      And Outlook on Alice's Android phone holds no certificate

    @rule:POL-8 @ios
    Scenario: With policies for both platforms assigned, the iPhone applies the iOS/iPadOS one only
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Sign all emails                                   | No                         |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME   | Yes |
        | Sign all emails | Yes |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And S/MIME is on for alice@contoso.com
      And automatic signing is off for alice@contoso.com

    @rule:POL-8 @android
    Scenario: With policies for both platforms assigned, the Android phone applies the Android Enterprise one only
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME      | Yes |
        | Encrypt all emails | Yes |
      And the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME      | Yes |
        | Encrypt all emails | No  |
      And a PKCS imported certificate profile for S/MIME encryption on Android Enterprise is assigned to the group "S/MIME users"
      And Alice uses Outlook on an Android phone
      And Alice's Android phone is enrolled in Endpoint Manager as a device administrator
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone
      And S/MIME is on for alice@contoso.com
      And automatic encryption is off for alice@contoso.com
      And on Alice's Android phone Outlook chooses "Alice encryption 2026" for encryption

  @interpretation
  Rule: Two Outlook policies for the same platform reaching the user are in conflict, and neither applies
    Endpoint Manager reports settings that two policies set for the same app and user as in
    conflict. When two Outlook policies for the device's platform reach the user, Company Portal
    applies neither and delivers nothing: POLICY_CONTRADICTION.

    @rule:POL-8 @ios
    Scenario: Two iOS/iPadOS policies for Alice's groups: POLICY_CONTRADICTION
      Given alice@contoso.com is a member of the Azure AD group "Sales"
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for Sales" for Microsoft Outlook is assigned to the group "Sales" with:
        | Enable S/MIME | No |
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: POLICY_CONTRADICTION
      And S/MIME is off for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate
