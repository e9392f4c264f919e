@lookup
Feature: A certificate from the LDAP directory is returned only once it is validated
  "When Outlook for iOS and Android connects to the LDAP directory endpoint to search for a user
  public certificate, certificate validation is performed to ensure that the certificate is not
  revoked. The certificate is only returned to the app if certificate validation completes
  successfully."

  Validation is the trust verification of the TRUST features: the chain to a root of the virtual
  certificate collection, each link's signature and validity, the CRL of each certificate.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And "Fabrikam Root CA" is a root certification authority
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob revoked" for bob@contoso.com
    And "Fabrikam Root CA" issued the certificate "Bob from Fabrikam" for bob@contoso.com
    And "Contoso Issuing CA" has revoked the certificate of "Bob revoked"

  @rule:LDAP-6
  Scenario: A valid certificate from LDAP is returned
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory
    And the CRL of "Contoso Issuing CA" was fetched once from its distribution point

  @rule:LDAP-6
  Scenario: A revoked certificate from LDAP is not returned
    Given the LDAP directory publishes the certificate "Bob revoked" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: REVOKED

  @rule:LDAP-6
  Scenario: A certificate from LDAP whose root is not trusted is not returned
    Given the LDAP directory publishes the certificate "Bob from Fabrikam" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: NO_TRUSTED_ROOT

  @rule:LDAP-6
  Scenario: A certificate from LDAP whose CRL cannot be fetched is not returned
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the CRL distribution point of "Contoso Issuing CA" refuses connections
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: CRL_UNREACHABLE

  @rule:LDAP-6 @interpretation
  Rule: Of several certificates published for one address, the first one that is trusted and fit for encryption is returned
    A directory may publish several certificates for one person, in userSMIMECertificate and in
    userCertificate. Outlook takes them in the order the directory gives them, userSMIMECertificate
    values first, and returns the first that passes validation and whose key usage allows
    encryption. When none passes, nothing is returned, and the lookup says why the first one failed.

    Scenario: A revoked and an untrusted certificate are passed over for the valid one after them
      Given the LDAP directory publishes the certificates "Bob revoked", "Bob from Fabrikam" and "Bob 2026" for bob@contoso.com
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob 2026" in the LDAP directory

    Scenario: When no certificate published for the address passes, none is returned
      Given the LDAP directory publishes the certificates "Bob revoked" and "Bob from Fabrikam" for bob@contoso.com
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: REVOKED

    Scenario: A certificate that only signs is passed over for one that can be encrypted to
      Given "Contoso Issuing CA" issued the certificate "Bob signing only" with:
        | SAN email address | bob@contoso.com                  |
        | key usage         | digitalSignature, nonRepudiation |
      And the LDAP directory publishes the certificates "Bob signing only" and "Bob 2026" for bob@contoso.com
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob 2026" in the LDAP directory

  @rule:LDAP-6 @rule:TRUST-3 @interpretation
  Scenario: Certificates from Azure Active Directory are validated too, and a revoked one is passed over
    The article says it of LDAP; "trust verification is performed on all digital certificates"
    (TRUST-3) says it of every directory. Bob's revoked certificate in Azure Active Directory is
    not returned, and the lookup goes on to the LDAP directory.

    Given the Global Address List publishes the certificate "Bob revoked" for bob@contoso.com
    And the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory
    And the Global Address List was asked first, then the LDAP directory
