@delivery @automated
Feature: On Android the certificates come from SCEP or PKCS certificate profiles, not from a switch of the Outlook policy
  "Create a SCEP certificate profile or PKCS certificate profile and assign it to your mobile users."
  (Android step 2.) The Android policy has Enable S/MIME, Encrypt all emails and Sign all emails
  (steps 10 to 12) and, unlike the iOS one, no "Deploy S/MIME certificates from Intune", no
  certificate profile types and no end-user notifications.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice encryption 2026" with:
      | SAN email address | alice@contoso.com |
      | key usage         | keyEncipherment   |
    And "Contoso Issuing CA" issued the certificate "Alice signing 2026" with:
      | SAN email address | alice@contoso.com                |
      | key usage         | digitalSignature, nonRepudiation |
    And Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the PFX Certificate Connector for Microsoft Intune is installed
    And the administrator imported these certificates into Endpoint Manager for alice@contoso.com:
      | Alice encryption 2026 |
      | Alice signing 2026    |
    And "Contoso Issuing CA" issues the SCEP certificates of Endpoint Manager
    And alice@contoso.com is a member of the Azure AD group "S/MIME users"
    And Alice uses Outlook on an Android phone
    And Alice's Android phone is enrolled in Endpoint Manager as an Android Enterprise work profile

  Rule: The certificates arrive through the certificate profiles assigned to the user

    @rule:POL-9 @android
    Scenario: A SCEP profile for signing and a PKCS imported profile for encryption deliver both into the KeyStore
      Given the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME | Yes |
      And a SCEP certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And a PKCS imported certificate profile for S/MIME encryption on Android Enterprise is assigned to the group "S/MIME users"
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone
      And S/MIME is on for alice@contoso.com
      And Outlook on Alice's Android phone holds exactly these certificates with their private keys:
        | the SCEP certificate of Alice's Android phone |
        | Alice encryption 2026                         |
      And Alice's Android phone holds "the SCEP certificate of Alice's Android phone" with its private key in the Android KeyStore
      And on Alice's Android phone Outlook chooses "the SCEP certificate of Alice's Android phone" for signing
      And on Alice's Android phone Outlook chooses "Alice encryption 2026" for encryption

    @rule:POL-9 @android
    Scenario: PKCS imported profiles for signing and for encryption deliver the imported certificates, with no Outlook policy
      Given a PKCS imported certificate profile for S/MIME signing on Android Enterprise is assigned to the group "S/MIME users"
      And a PKCS imported certificate profile for S/MIME encryption on Android Enterprise is assigned to the group "S/MIME users"
      When Alice follows the link in the Endpoint Manager email on her Android phone
      Then Company Portal delivers the certificates to Alice's Android phone
      And Outlook on Alice's Android phone holds exactly these certificates with their private keys:
        | Alice signing 2026    |
        | Alice encryption 2026 |
      And on Alice's Android phone Outlook chooses "Alice signing 2026" for signing

    @rule:POL-9 @android
    Scenario: The Outlook policy alone, without a certificate profile, delivers no certificate
      Given the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME | Yes |
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: NOTHING_TO_DELIVER
      And S/MIME is on for alice@contoso.com
      And Outlook on Alice's Android phone holds no certificate

  @interpretation
  Rule: An Android policy that carries the iOS certificate settings is refused as a whole
    The Android policy has no "Deploy S/MIME certificates from Intune", no certificate profile types
    and no end-user notifications. An Android policy that carries them anyway, from Endpoint
    Manager or from another MDM, is refused as a whole: POLICY_WRONG_PLATFORM, named by the
    designer label "Deploy S/MIME certificates from Intune"; nothing of it is applied. On iOS the
    same policy is applied.

    @rule:POL-9 @android
    Scenario: Through Company Portal, an Android policy with Deploy S/MIME certificates from Intune is refused: POLICY_WRONG_PLATFORM
      Given the Android Enterprise app configuration policy "Outlook S/MIME for Android" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her Android phone
      Then Company Portal finishes retrieving on Alice's Android phone: POLICY_WRONG_PLATFORM
      And S/MIME is off for alice@contoso.com
      And Outlook on Alice's Android phone holds no certificate

    @rule:POL-9 @android
    Scenario: Delivered by an MDM, the same settings are refused by Outlook for Android: POLICY_WRONG_PLATFORM
      When the MDM delivers to Alice's Android phone a policy with Enable S/MIME Yes and Deploy S/MIME certificates from Intune Yes
      Then the policy is refused: POLICY_WRONG_PLATFORM for the designer setting "Deploy S/MIME certificates from Intune"
      And S/MIME is off for alice@contoso.com

    @rule:POL-9 @ios
    Scenario: Delivered by an MDM to an iPhone, the same settings are applied
      Given Alice also uses Outlook on an iPhone
      When the MDM delivers to Alice's iPhone a policy with Enable S/MIME Yes and Deploy S/MIME certificates from Intune Yes
      Then the policy is applied
