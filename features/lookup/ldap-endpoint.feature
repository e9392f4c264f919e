@lookup
Feature: The LDAP endpoint reaches Outlook through the app configuration policy, in the documented forms
  "Outlook for iOS and Android supports accessing public user certificate keys from secure LDAP
  directory endpoints. In order to utilize an LDAP endpoint, the following requirements must be
  met: [...] The LDAP endpoint configuration is delivered to Outlook for iOS and Android through an
  app configuration policy. [...] The LDAP endpoint configuration is supported using the following
  formats: ldaps://contoso.com, ldap://contoso.com, ldap://contoso.com:389, ldaps://contoso.com:636,
  contoso.com, contoso.com:389, contoso.com:636"

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com

  @interpretation
  Rule: Each documented form resolves to a scheme, a host and a port; a bare host is secure LDAP on 636
    The article lists the seven forms without saying what a bare host means. A bare host is read
    as ldaps on port 636, host:389 as ldap on port 389, host:636 as ldaps on port 636; ldap:// and
    ldaps:// take port 389 and 636 when none is given. The older version of the article accepted
    secure LDAP only; the current one also lists ldap:// and port 389, and the current one stands.
    Anything else is refused as a whole, naming the key: another scheme, a port that is 0, above
    65535 or not a number, a path or query, user information, an empty or blank value, whitespace
    inside, an IPv6 literal (the article shows host names only).

    @rule:LDAP-4
    Scenario Outline: The documented LDAP endpoint form <value> resolves to <endpoint>
      When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName = <value>
      Then the policy is applied
      And Outlook's LDAP endpoint is <endpoint>

      Examples:
        | value                     | endpoint                 |
        | "ldaps://contoso.com"     | ldaps://contoso.com:636  |
        | "ldap://contoso.com"      | ldap://contoso.com:389   |
        | "ldap://contoso.com:389"  | ldap://contoso.com:389   |
        | "ldaps://contoso.com:636" | ldaps://contoso.com:636  |
        | "contoso.com"             | ldaps://contoso.com:636  |
        | "contoso.com:389"         | ldap://contoso.com:389   |
        | "contoso.com:636"         | ldaps://contoso.com:636  |

    @rule:LDAP-4
    Scenario Outline: A malformed LDAP endpoint is refused: <value> (<why>)
      When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName = <value>
      Then the policy is refused: POLICY_INVALID_VALUE for com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName
      And Outlook has no LDAP endpoint

      Examples:
        | value                                 | why                  |
        | "https://contoso.com"                 | another scheme       |
        | "ldapi://contoso.com"                 | another LDAP scheme  |
        | "contoso.com:0"                       | port 0               |
        | "ldaps://contoso.com:65536"           | port above 65535     |
        | "contoso.com:ldap"                    | port not a number    |
        | "ldap://contoso.com/dc=contoso,dc=com" | a path              |
        | "ldap://contoso.com?mail?sub"         | a query              |
        | "ldap://reader@contoso.com"           | user information     |
        | ""                                    | empty                |
        | " "                                   | blank                |
        | "contoso .com"                        | whitespace inside    |
        | "ldaps://[2001:db8::10]:636"          | an IPv6 literal      |

    @rule:LDAP-4
    Scenario Outline: The LDAP endpoint written as <form> reaches the directory over <scheme>
      The directory's own host and port are put into the form. A bare host with a port other than
      389 is secure LDAP, so host:port with the port of the directory's TLS listener is ldaps.

      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the root of the LDAP directory's TLS certificate is in the virtual certificate collection
      And the MDM has delivered the LDAP directory's address written as <form>
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob 2026" in the LDAP directory
      And Outlook connected to the LDAP directory over <scheme> only

      Examples:
        | form              | scheme |
        | ldap://host:port  | ldap   |
        | ldaps://host:port | ldaps  |
        | host:port         | ldaps  |

  @rule:LDAP-3
  Scenario: Without an LDAP endpoint in the policy the LDAP directory is never asked
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: CERT_NOT_FOUND
    And the LDAP directory was never asked

  @rule:LDAP-3
  Scenario: A policy that names no LDAP endpoint leaves LDAP unasked
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the MDM has delivered this app configuration:
      """json
      {
        "com.microsoft.outlook.Mail.SMIMEEnabled": true
      }
      """
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: CERT_NOT_FOUND
    And the LDAP directory was never asked

  @rule:LDAP-3
  Scenario: A refused policy delivers no LDAP endpoint, so LDAP stays unasked
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName = "ftp://contoso.com"
    And Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: CERT_NOT_FOUND
    And the LDAP directory was never asked

  @rule:LDAP-3
  Scenario: Once the policy names the directory, it is asked
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory
