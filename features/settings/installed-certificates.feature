@settings
Feature: The installed certificates are listed, and each one's details are shown
  "Once S/MIME is enabled and the S/MIME certificates are installed, users can view the installed
  certificates by accessing their account settings and tapping Security. Furthermore, users can
  tap on each individual S/MIME certificate and view the certificate's details, including
  information like key usage and the validity period."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com

  @rule:CLIENT-4
  Scenario: On iOS Outlook lists the certificates of the Microsoft publisher keychain, not those of the iOS system keychain
    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice signing" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice encryption" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice VPN" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And Alice installed the certificate "Alice signing" with its private key
    And Alice installed the certificate "Alice encryption" with its private key
    And the certificate "Alice VPN" with its private key is in the iOS system keychain
    And the certificate "Bob 2026" is in the Microsoft publisher keychain without its private key
    And Alice has turned S/MIME on for alice@contoso.com
    Then Outlook lists exactly these installed certificates:
      | Alice signing    |
      | Alice encryption |
      | Bob 2026         |

  @rule:CLIENT-4
  Scenario: On Android Outlook lists the certificates of the KeyStore
    Given Alice uses Outlook on an Android phone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key
    And the certificate "Bob 2026" is in the Android KeyStore without its private key
    And Alice has turned S/MIME on for alice@contoso.com
    Then Outlook lists exactly these installed certificates:
      | Alice 2026 |
      | Bob 2026   |

  @rule:CLIENT-4
  Scenario: With no certificate installed Outlook lists none
    Given Alice uses Outlook on an iPhone
    And Alice has turned S/MIME on for alice@contoso.com
    Then Outlook lists no installed certificate

  @rule:CLIENT-4
  Scenario: The details show the certificate's names, key usage, extended key usage, validity period and serial number
    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice signing" with:
      | common name        | Alice Smith                      |
      | SAN email address  | alice@contoso.com                |
      | key usage          | digitalSignature, nonRepudiation |
      | extended key usage | emailProtection, clientAuth      |
      | valid from         | 2026-01-15T08:30:00Z             |
      | valid until        | 2027-01-15T08:30:00Z             |
      | serial number      | 5A17CE0001                       |
    And Alice installed the certificate "Alice signing" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice opens the details of the certificate "Alice signing"
    Then the details show:
      | subject            | CN=Alice Smith,O=Contoso         |
      | issuer             | CN=Contoso Issuing CA,O=Contoso  |
      | email addresses    | alice@contoso.com                |
      | key usage          | digitalSignature, nonRepudiation |
      | extended key usage | emailProtection, clientAuth      |
      | valid from         | 2026-01-15T08:30:00Z             |
      | valid until        | 2027-01-15T08:30:00Z             |
      | serial number      | 5A17CE0001                       |

  @rule:CLIENT-4
  Scenario: The details of a certificate that names Alice only in its subject and has no extended key usage
    Given Alice uses Outlook on an Android phone
    And "Contoso Issuing CA" issued the certificate "Alice encryption" with:
      | common name           | Alice Smith       |
      | subject email address | alice@contoso.com |
      | key                   | EC P-256          |
      | key usage             | keyAgreement      |
      | extended key usage    | none              |
      | valid from            | 2026-03-01        |
      | valid until           | 2029-03-01        |
      | serial number         | 7F3E              |
    And Alice installed the certificate "Alice encryption" with its private key
    And Alice has turned S/MIME on for alice@contoso.com
    When Alice opens the details of the certificate "Alice encryption"
    Then the details show:
      | subject            | EMAILADDRESS=alice@contoso.com,CN=Alice Smith,O=Contoso |
      | issuer             | CN=Contoso Issuing CA,O=Contoso                         |
      | email addresses    | alice@contoso.com                                       |
      | key usage          | keyAgreement                                            |
      | extended key usage | none                                                    |
      | valid from         | 2026-03-01T00:00:00Z                                    |
      | valid until        | 2029-03-01T00:00:00Z                                    |
      | serial number      | 7F3E                                                    |

  @rule:CLIENT-4 @interpretation
  Scenario: Every key usage is shown by its RFC 5280 name, and an extended key usage without a name by its OID
    The article shows key usage among the details but not how it is written. This suite expects
    the names of RFC 5280 for key usage (digitalSignature, nonRepudiation, keyEncipherment,
    dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly), the names
    emailProtection, clientAuth, serverAuth, codeSigning and anyExtendedKeyUsage for extended key
    usage, the OID for any other extended key usage, and the serial number in upper-case
    hexadecimal.

    Given Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice everything" with:
      | SAN email address  | alice@contoso.com                                                                                                             |
      | SAN email address  | a.smith@contoso.com                                                                                                           |
      | key usage          | digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly |
      | extended key usage | emailProtection, serverAuth, codeSigning, anyExtendedKeyUsage, 1.3.6.1.4.1.311.10.3.12                                       |
      | serial number      | ABCDEF0123456789                                                                                                              |
    And Alice installed the certificate "Alice everything" with its private key
    When Alice opens the details of the certificate "Alice everything"
    Then the details show:
      | email addresses    | alice@contoso.com, a.smith@contoso.com                                                                                        |
      | key usage          | digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly |
      | extended key usage | emailProtection, serverAuth, codeSigning, anyExtendedKeyUsage, 1.3.6.1.4.1.311.10.3.12                                       |
      | serial number      | ABCDEF0123456789                                                                                                              |
