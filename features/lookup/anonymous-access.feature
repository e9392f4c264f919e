@lookup
Feature: The LDAP endpoint must not require authentication
  "In order to utilize an LDAP endpoint, the following requirements must be met: The LDAP endpoint
  does not require authentication."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com

  @rule:LDAP-2
  Scenario: Outlook reads the directory anonymously
    Given the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory
    And Outlook bound to the LDAP directory anonymously, never with a name

  @rule:LDAP-2 @interpretation
  Scenario: A directory that demands a bind gives no certificate, and Outlook says why
    Outlook has no credentials for a directory and never asks for any: a directory that answers an
    anonymous search with insufficientAccessRights (or refuses the anonymous bind) gives no
    certificate, and the lookup says LDAP_BIND_REQUIRED. The certificate is in the directory; it
    would be found after a bind, which Outlook never makes.

    Given the LDAP directory demands a bind before any search
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: LDAP_BIND_REQUIRED
    And the LDAP directory was asked
    And Outlook bound to the LDAP directory anonymously, never with a name

  @rule:LDAP-2
  Scenario: A directory that demands a bind over ldaps gives no certificate either
    Given the LDAP directory demands a bind before any search
    And the root of the LDAP directory's TLS certificate is in the virtual certificate collection
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint over ldaps
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: LDAP_BIND_REQUIRED
    And Outlook bound to the LDAP directory anonymously, never with a name
