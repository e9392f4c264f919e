@delivery @automated
Feature: Every prerequisite of automated delivery must be in place, and a missing one is named
  "In order to deliver certificates to Outlook for iOS and Android, you must complete the following
  prerequisites: Deploy trusted root certificates via Endpoint Manager. Encryption certificates must
  be imported into Endpoint Manager. Install and Configure the PFX Connector for Microsoft Intune.
  Devices must be enrolled to receive trusted root and S/MIME certificates automatically from
  Endpoint Manager."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice encryption 2026" for alice@contoso.com
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

  @rule:AUTO-8 @ios
  Scenario: With every prerequisite in place the certificates are delivered
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on an iPhone
    And Alice's iPhone is enrolled in Endpoint Manager
    When Alice follows the Company Portal notification on her iPhone
    Then Company Portal delivers the certificates to Alice's iPhone
    And S/MIME is on for alice@contoso.com

  @rule:AUTO-8
  Scenario Outline: On <device>, without a trusted root deployed via Endpoint Manager: TRUSTED_ROOTS_NOT_DEPLOYED
    Given no trusted root certificate is deployed via Endpoint Manager
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on <a device>
    And <device> is enrolled in Endpoint Manager <how>
    When Alice follows the Company Portal notification on <her device>
    Then Company Portal finishes retrieving on <device>: TRUSTED_ROOTS_NOT_DEPLOYED
    And Outlook on <device> holds no certificate
    And S/MIME is off for alice@contoso.com

    Examples:
      | a device         | device                | her device        | how                                   |
      | an iPhone        | Alice's iPhone        | her iPhone        | as an iOS/iPadOS device              |
      | an Android phone | Alice's Android phone | her Android phone | as an Android Enterprise work profile |

  @rule:AUTO-8 @ios
  Scenario: Without Alice's encryption certificates imported into Endpoint Manager: ENCRYPTION_CERTIFICATES_NOT_IMPORTED
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And no encryption certificate of alice@contoso.com is imported into Endpoint Manager
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on an iPhone
    And Alice's iPhone is enrolled in Endpoint Manager
    When Alice follows the Company Portal notification on her iPhone
    Then Company Portal finishes retrieving on Alice's iPhone: ENCRYPTION_CERTIFICATES_NOT_IMPORTED
    And Outlook on Alice's iPhone holds no certificate
    And S/MIME is off for alice@contoso.com

  @rule:AUTO-8 @ios
  Scenario: With only a signing certificate of Alice's imported, her encryption certificates are still missing
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And "Contoso Issuing CA" issued the certificate "Alice signing 2026" with:
      | SAN email address | alice@contoso.com                |
      | key usage         | digitalSignature, nonRepudiation |
    And the administrator imported the certificate "Alice signing 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on an iPhone
    And Alice's iPhone is enrolled in Endpoint Manager
    When Alice follows the Company Portal notification on her iPhone
    Then Company Portal finishes retrieving on Alice's iPhone: ENCRYPTION_CERTIFICATES_NOT_IMPORTED

  @rule:AUTO-8
  Scenario Outline: On <device>, without the PFX connector installed: PFX_CONNECTOR_NOT_INSTALLED
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is not installed
    And Alice uses Outlook on <a device>
    And <device> is enrolled in Endpoint Manager <how>
    When Alice follows the link in the Endpoint Manager email on <her device>
    Then Company Portal finishes retrieving on <device>: PFX_CONNECTOR_NOT_INSTALLED
    And Outlook on <device> holds no certificate

    Examples:
      | a device         | device                | her device        | how                                         |
      | an iPad          | Alice's iPad          | her iPad          | as an iOS/iPadOS device                    |
      | an Android phone | Alice's Android phone | her Android phone | as an Android Enterprise fully managed device |

  @rule:AUTO-8 @ios
  Scenario: A device Endpoint Manager no longer has an enrollment for: DEVICE_NOT_ENROLLED
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on an iPhone
    And Alice's iPhone is enrolled in Endpoint Manager
    And Endpoint Manager no longer has the enrollment of Alice's iPhone
    When Alice follows the Company Portal notification on her iPhone
    Then Company Portal finishes retrieving on Alice's iPhone: DEVICE_NOT_ENROLLED
    And Outlook on Alice's iPhone holds no certificate
    And S/MIME is off for alice@contoso.com

  @rule:AUTO-8 @android
  Scenario: A device that is not enrolled is told so at once: DEVICE_NOT_ENROLLED
    Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And the PFX Certificate Connector for Microsoft Intune is installed
    And Alice uses Outlook on an Android phone
    And Alice's Android phone is not enrolled in any device management
    When Alice follows the Company Portal notification on her Android phone
    Then automated delivery is refused at once on Alice's Android phone: DEVICE_NOT_ENROLLED

  @interpretation
  Rule: Every prerequisite is required, whatever the policy asks for, and the first one missing is named
    The article lists four prerequisites for delivering certificates to Outlook and ties none of
    them to a profile type, so all four are required for any automated delivery. Company Portal
    meets them in this order: the device's enrollment, the trusted roots deployed, the PFX
    connector (without which Endpoint Manager hands over no imported certificate), the user's
    imported encryption certificates (an imported certificate counts when it can encrypt). The
    first one missing ends the retrieval with its own code, nothing is placed and the policy is not
    applied.

    @rule:AUTO-8 @ios
    Scenario: With the trusted roots and the PFX connector both missing, the trusted roots are named
      Given no trusted root certificate is deployed via Endpoint Manager
      And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
      And the PFX Certificate Connector for Microsoft Intune is not installed
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: TRUSTED_ROOTS_NOT_DEPLOYED

    @rule:AUTO-8 @ios
    Scenario: With the PFX connector and the imported certificates both missing, the connector is named
      Given Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
      And no encryption certificate of alice@contoso.com is imported into Endpoint Manager
      And the PFX Certificate Connector for Microsoft Intune is not installed
      And Alice uses Outlook on an iPhone
      And Alice's iPhone is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: PFX_CONNECTOR_NOT_INSTALLED
