@delivery @automated @ios
Feature: The iOS policy deploys certificates from Intune: SCEP, PKCS imported or derived credentials for signing, PKCS imported or derived credentials for encryption
  "Set Deploy S/MIME certificates from Intune to Yes." "Under Signing certificates next to
  Certificate profile type, choose one of the following options: SCEP: Creates a certificate that is
  unique for the device and user that can be used by Microsoft Outlook for signing. PKCS imported
  certificates: Uses a certificate that is unique to the user, but may be shared across devices and
  has been imported to Endpoint Manager by the administrator on behalf of the user. [...] Endpoint
  Manager will automatically pick the imported certificate that supports signing [...]. Derived
  credentials: Uses a certificate that is already on the device that can be used for signing." "Under
  Encryption certificates next to Certificate profile type, choose one of the following options:
  PKCS imported certificates: Delivers any encryption certificates that have been imported to
  Endpoint Manager by the administrator across any device a user enrolls. [...] Derived credentials."
  "With Endpoint Manager, organizations can import encryption certificate histories from any
  Certification Authority. Endpoint Manager will then automatically deliver those certificates to any
  device that the user enrolls. Generally, Simple Certificate Enrollment Protocol (SCEP) is used for
  signing certificates. With SCEP, the private key is generated and stored on the enrolled device and
  a unique certificate is delivered to each device that a user enrolls, which can be used for
  non-repudiation. Lastly, Endpoint Manager supports derived credentials for customers who need
  support for the NIST 800-157 standard."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Fabrikam Root CA" is in the virtual certificate collection
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice encryption 2026" with:
      | SAN email address | alice@contoso.com |
      | key usage         | keyEncipherment   |
    And Endpoint Manager deploys "Contoso Root CA" as a trusted root certificate
    And the PFX Certificate Connector for Microsoft Intune is installed
    And the administrator imported the certificate "Alice encryption 2026" into Endpoint Manager for alice@contoso.com
    And "Contoso Issuing CA" issues the SCEP certificates of Endpoint Manager
    And "Contoso Issuing CA" issues the derived credentials of Endpoint Manager
    And alice@contoso.com is a member of the Azure AD group "S/MIME users"
    And Alice uses Outlook on an iPhone
    And Alice's iPhone is enrolled in Endpoint Manager

  Rule: Without "Deploy S/MIME certificates from Intune", the policy delivers no certificate

    @rule:POL-4
    Scenario: Deploy S/MIME certificates from Intune No: the policy is applied, and no certificate is delivered
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                          | Yes |
        | Deploy S/MIME certificates from Intune | No  |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: NOTHING_TO_DELIVER
      And S/MIME is on for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate

    @rule:POL-4
    Scenario: A policy that says nothing of deploying certificates delivers none either
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME   | Yes |
        | Sign all emails | Yes |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: NOTHING_TO_DELIVER
      And automatic signing is on for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate

    @rule:POL-4
    Scenario: Deploy S/MIME certificates from Intune Yes: the certificate profile settings deliver the certificates
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice encryption 2026                  |
        | the SCEP certificate of Alice's iPhone |

  Rule: SCEP makes the signing key on the device and gives each device a certificate of its own

    @rule:POL-5 @rule:AUTO-5
    Scenario: With SCEP for signing, Outlook signs with the certificate issued for this device's own key
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And on Alice's iPhone Outlook chooses "the SCEP certificate of Alice's iPhone" for signing
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption
      And no request Endpoint Manager received carries the private key of "the SCEP certificate of Alice's iPhone" on Alice's iPhone

    @rule:AUTO-5
    Scenario: Alice's iPhone and iPad each receive a signing certificate and key of their own
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And Alice also uses Outlook on an iPad
      And Alice's iPad is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      And Alice follows the Company Portal notification on her iPad
      Then Company Portal delivers the certificates to Alice's iPhone
      And Company Portal delivers the certificates to Alice's iPad
      And the SCEP certificates of Alice's iPhone and Alice's iPad differ, and so do their keys
      And on Alice's iPhone Outlook chooses "the SCEP certificate of Alice's iPhone" for signing
      And on Alice's iPad Outlook chooses "the SCEP certificate of Alice's iPad" for signing
      And on Alice's iPad Outlook chooses "Alice encryption 2026" for encryption
      And no request Endpoint Manager received carries the private key of "the SCEP certificate of Alice's iPhone" on Alice's iPhone
      And no request Endpoint Manager received carries the private key of "the SCEP certificate of Alice's iPad" on Alice's iPad

  Rule: PKCS imported certificates: the one that supports signing is picked for signing, every one that supports encryption is delivered

    @rule:POL-5
    Scenario: Of the imported certificates, the valid one that supports signing is delivered for signing
      Given "Contoso Issuing CA" issued the certificate "Alice signing 2026" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
      And "Contoso Issuing CA" issued the certificate "Alice signing 2024" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
        | valid from        | 2024-01-01                       |
        | valid until       | 2025-01-01                       |
      And the administrator imported these certificates into Endpoint Manager for alice@contoso.com:
        | Alice signing 2024 |
        | Alice signing 2026 |
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | PKCS imported certificates |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice signing 2026    |
        | Alice encryption 2026 |
      And on Alice's iPhone Outlook chooses "Alice signing 2026" for signing
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption

    @rule:POL-5
    Scenario: The imported signing certificate is the user's on every device she enrolls
      Given "Contoso Issuing CA" issued the certificate "Alice signing 2026" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
      And the administrator imported the certificate "Alice signing 2026" into Endpoint Manager for alice@contoso.com
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | PKCS imported certificates |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And Alice also uses Outlook on an iPad
      And Alice's iPad is enrolled in Endpoint Manager
      When Alice follows the Company Portal notification on her iPhone
      And Alice follows the link in the Endpoint Manager email on her iPad
      Then Company Portal delivers the certificates to Alice's iPhone
      And Company Portal delivers the certificates to Alice's iPad
      And on Alice's iPhone Outlook chooses "Alice signing 2026" for signing
      And on Alice's iPad Outlook chooses "Alice signing 2026" for signing
      And Alice's iPad holds the same key pair for "Alice signing 2026" as Alice's iPhone

    @rule:POL-5
    Scenario: When no imported certificate supports signing, the signing certificate is missing: SIGNING_CERTIFICATE_NOT_IMPORTED
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | PKCS imported certificates |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: SIGNING_CERTIFICATE_NOT_IMPORTED
      And Outlook on Alice's iPhone holds no certificate

    @rule:POL-6 @rule:AUTO-4
    Scenario: Alice's whole encryption history, from any certification authority, arrives with its private keys
      Given "Fabrikam Root CA" issued the certificate "Alice encryption 2024" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2024-01-01        |
        | valid until       | 2025-01-01        |
      And "Contoso Issuing CA" issued the certificate "Alice encryption 2025" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2025-01-01        |
        | valid until       | 2026-01-01        |
      And "Contoso Issuing CA" issued the certificate "Alice signing 2026" with:
        | SAN email address | alice@contoso.com                |
        | key usage         | digitalSignature, nonRepudiation |
      And the administrator imported these certificates into Endpoint Manager for alice@contoso.com:
        | Alice encryption 2024 |
        | Alice encryption 2025 |
        | Alice signing 2026    |
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice encryption 2024                  |
        | Alice encryption 2025                  |
        | Alice encryption 2026                  |
        | the SCEP certificate of Alice's iPhone |
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption

    @rule:AUTO-4
    Scenario Outline: Mail encrypted to <old certificate> years ago decrypts once the history is delivered
      Given "Contoso Issuing CA" issued the certificate "Alice encryption 2024" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2024-01-01        |
        | valid until       | 2025-01-01        |
      And "Fabrikam Root CA" issued the certificate "Alice encryption 2025" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2025-01-01        |
        | valid until       | 2026-01-01        |
      And the administrator imported these certificates into Endpoint Manager for alice@contoso.com:
        | Alice encryption 2024 |
        | Alice encryption 2025 |
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | SCEP                       |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      And bob@contoso.com sent alice@contoso.com a message encrypted to "<old certificate>"
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      When Alice opens the message
      Then Outlook reads the message as encrypted
      And Outlook shows the text of the message

      Examples:
        | old certificate       |
        | Alice encryption 2024 |
        | Alice encryption 2025 |

    @rule:AUTO-4
    Scenario: Before the history is delivered, the old mail cannot be decrypted
      Given "Contoso Issuing CA" issued the certificate "Alice encryption 2024" with:
        | SAN email address | alice@contoso.com |
        | key usage         | keyEncipherment   |
        | valid from        | 2024-01-01        |
        | valid until       | 2025-01-01        |
      And the administrator imported the certificate "Alice encryption 2024" into Endpoint Manager for alice@contoso.com
      And Alice has turned S/MIME on for alice@contoso.com
      And bob@contoso.com sent alice@contoso.com a message encrypted to "Alice encryption 2024"
      When Alice opens the message
      Then Outlook reads the message as encrypted
      And Outlook shows no text of the message

  @interpretation
  Rule: SCEP is not offered for encryption
    The designer offers only PKCS imported certificates and Derived credentials for encryption. A
    policy that says SCEP (or anything else) for encryption is refused as a whole by Outlook:
    POLICY_INVALID_VALUE, nothing of it applied, no certificate delivered.

    @rule:POL-6
    Scenario: A policy with SCEP for encryption is refused: POLICY_INVALID_VALUE
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes  |
        | Deploy S/MIME certificates from Intune            | Yes  |
        | Signing certificates: Certificate profile type    | SCEP |
        | Encryption certificates: Certificate profile type | SCEP |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: POLICY_INVALID_VALUE
      And S/MIME is off for alice@contoso.com
      And Outlook on Alice's iPhone holds no certificate

  @interpretation
  Rule: A derived credential is retrieved on the device first, and Outlook uses it only where the policy says Derived credentials
    The derived credential flow of Company Portal (NIST SP 800-157) issues the device a signing
    credential and an encryption credential, each with a key made on the device, after the user
    proved who they are with the smart card the issuer accepts. Company Portal keeps them apart
    from what Outlook reads: they become Outlook's when a policy with Derived credentials as a
    profile type is retrieved, the signing credential for signing, the encryption credential for
    encryption, each only where the policy says so. Without a derived credential on the device,
    such a policy delivers nothing: DERIVED_CREDENTIAL_MISSING.

    @rule:AUTO-6 @rule:POL-5 @rule:POL-6
    Scenario: With Derived credentials for signing and encryption, Outlook uses the credentials retrieved on the device
      Given alice@contoso.com holds a smart card that the derived credential issuer accepts
      And Alice has retrieved a derived credential on her iPhone through Company Portal
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                 |
        | Deploy S/MIME certificates from Intune            | Yes                 |
        | Signing certificates: Certificate profile type    | Derived credentials |
        | Encryption certificates: Certificate profile type | Derived credentials |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | the derived signing credential of Alice's iPhone    |
        | the derived encryption credential of Alice's iPhone |
      And on Alice's iPhone Outlook chooses "the derived signing credential of Alice's iPhone" for signing
      And on Alice's iPhone Outlook chooses "the derived encryption credential of Alice's iPhone" for encryption

    @rule:AUTO-6
    Scenario: With Derived credentials for signing only, encryption comes from the imported certificates
      Given alice@contoso.com holds a smart card that the derived credential issuer accepts
      And Alice has retrieved a derived credential on her iPhone through Company Portal
      And the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                        |
        | Deploy S/MIME certificates from Intune            | Yes                        |
        | Signing certificates: Certificate profile type    | Derived credentials        |
        | Encryption certificates: Certificate profile type | PKCS imported certificates |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal delivers the certificates to Alice's iPhone
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | the derived signing credential of Alice's iPhone |
        | Alice encryption 2026                            |
      And on Alice's iPhone Outlook chooses "the derived signing credential of Alice's iPhone" for signing
      And on Alice's iPhone Outlook chooses "Alice encryption 2026" for encryption

    @rule:AUTO-6
    Scenario: A derived credential is Outlook's only once the policy is retrieved
      Given alice@contoso.com holds a smart card that the derived credential issuer accepts
      When Alice retrieves a derived credential on her iPhone through Company Portal
      Then the derived credential flow answers OK
      And Outlook on Alice's iPhone holds no certificate

    @rule:AUTO-6
    Scenario: Without a smart card the issuer accepts, no derived credential is issued: DERIVED_CREDENTIAL_MISSING
      When Alice retrieves a derived credential on her iPhone through Company Portal
      Then the derived credential flow answers DERIVED_CREDENTIAL_MISSING
      And Outlook on Alice's iPhone holds no certificate

    @rule:AUTO-6
    Scenario: A policy with Derived credentials, without a derived credential on the device: DERIVED_CREDENTIAL_MISSING
      Given the iOS/iPadOS app configuration policy "Outlook S/MIME for iOS" for Microsoft Outlook is assigned to the group "S/MIME users" with:
        | Enable S/MIME                                     | Yes                 |
        | Deploy S/MIME certificates from Intune            | Yes                 |
        | Signing certificates: Certificate profile type    | Derived credentials |
        | Encryption certificates: Certificate profile type | Derived credentials |
      When Alice follows the Company Portal notification on her iPhone
      Then Company Portal finishes retrieving on Alice's iPhone: DERIVED_CREDENTIAL_MISSING
      And Outlook on Alice's iPhone holds no certificate
