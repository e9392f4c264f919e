@policy
Feature: Outlook accepts the documented configuration keys and values, and refuses a policy with any problem as a whole
  The settings of the Outlook S/MIME policy reach the app as an app configuration: a dictionary of
  keys and values that the MDM delivers. The Outlook documentation gives seven keys:
  com.microsoft.outlook.Mail.SMIMEEnabled, its UserChangeAllowed companion, ...EncryptAllMail and
  ...SignAllMail each with their UserChangeAllowed companion (all Booleans), and ...LDAPHostName
  (a String). Unset, the Booleans are false, true, false, true, false, true, and there is no LDAP
  endpoint.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an Android phone

  @rule:POL-10
  Scenario: A policy with all seven keys is applied
    When the MDM delivers this app configuration:
      """json
      {
        "com.microsoft.outlook.Mail.SMIMEEnabled": true,
        "com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed": false,
        "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail": false,
        "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail.UserChangeAllowed": true,
        "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail": true,
        "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail.UserChangeAllowed": false,
        "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName": "ldaps://ldap.contoso.com"
      }
      """
    Then the policy is applied
    And S/MIME is on for alice@contoso.com
    And automatic signing is on for alice@contoso.com
    And automatic encryption is off for alice@contoso.com
    And Outlook's LDAP endpoint is ldaps://ldap.contoso.com:636

  @rule:POL-10
  Scenario: An empty policy is applied and changes nothing
    When the MDM delivers this app configuration:
      """json
      {}
      """
    Then the policy is applied
    And S/MIME is off for alice@contoso.com
    And automatic signing is off for alice@contoso.com
    And automatic encryption is off for alice@contoso.com
    And Outlook has no LDAP endpoint

  @interpretation
  Rule: Only the seven documented keys are accepted, spelt exactly as documented
    Any other key, including a misspelt key or one written in another case, is refused as
    POLICY_UNKNOWN_KEY, naming it: an administrator's typing mistake must not pass silently.

    @rule:POL-10
    Scenario Outline: A <mistake> key is refused: <key>
      When the MDM delivers a policy with <key> = true
      Then the policy is refused: POLICY_UNKNOWN_KEY for <key>

      Examples:
        | mistake           | key                                                        |
        | misspelt          | com.microsoft.outlook.Mail.SMIMEEnable                     |
        | differently cased | com.microsoft.outlook.mail.smimeenabled                    |
        | undocumented      | com.microsoft.outlook.Mail.SMIMEEnabled.DeployFromIntune   |
        | shortened         | SMIMEEnabled                                               |
        | misplaced         | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail.Yes |

  @interpretation
  Rule: A Boolean is a Boolean, or the string "true" or "false" in any case
    The documentation gives the type Boolean with the values true and false. Some MDMs deliver
    every value as a string, so the strings "true" and "false" are accepted too, in any case
    ("TRUE", "False"). Nothing else stands for a Boolean: "yes", "1", the number 1 and the empty
    string are POLICY_WRONG_TYPE, naming the key.

    @rule:POL-10
    Scenario Outline: Enable S/MIME written as <value> is accepted: S/MIME <state>
      When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled = <value>
      Then the policy is applied
      And S/MIME is <state> for alice@contoso.com

      Examples:
        | value   | state |
        | true    | on    |
        | "true"  | on    |
        | "TRUE"  | on    |
        | "True"  | on    |
        | false   | off   |
        | "false" | off   |
        | "FALSE" | off   |

    @rule:POL-10
    Scenario Outline: <key> written as <value> is refused as the wrong type
      When the MDM delivers a policy with <key> = <value>
      Then the policy is refused: POLICY_WRONG_TYPE for <key>

      Examples:
        | key                                                                      | value      |
        | com.microsoft.outlook.Mail.SMIMEEnabled                                  | "yes"      |
        | com.microsoft.outlook.Mail.SMIMEEnabled                                  | "1"        |
        | com.microsoft.outlook.Mail.SMIMEEnabled                                  | 1          |
        | com.microsoft.outlook.Mail.SMIMEEnabled                                  | ""         |
        | com.microsoft.outlook.Mail.SMIMEEnabled                                  | "on"       |
        | com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed                | "no"       |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail                   | 0          |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail.UserChangeAllowed | [true]     |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail                      | "Y"        |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail.UserChangeAllowed    | 1.0        |
        | com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName                     | 636        |
        | com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName                     | true       |

  @interpretation
  Rule: The LDAP endpoint is one of the documented forms, with ldaps and port 636 for a bare host
    The article lists ldaps://host, ldap://host, ldap://host:389, ldaps://host:636, host, host:389
    and host:636. A bare host is read as secure LDAP (ldaps, port 636), host:389 as ldap, and
    any other port after a bare host as ldaps on that port; ldap:// and ldaps:// keep their
    scheme and take their usual port when none is given. Spaces around the value are ignored and
    the host name is kept in lower case. Everything else is POLICY_INVALID_VALUE: another scheme,
    a port that is 0, above 65535 or not a number, a path (even a lone "/"), a query or fragment,
    user information, an empty or blank value, a space inside, an IPv6 literal (the
    documentation shows host names only) and a host that is not a valid DNS name.

    @rule:POL-10
    Scenario Outline: The LDAP endpoint <value> is accepted as <endpoint>
      When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName = <value>
      Then the policy is applied
      And Outlook's LDAP endpoint is <endpoint>

      Examples:
        | value                          | endpoint                      |
        | "ldaps://ldap.contoso.com"     | ldaps://ldap.contoso.com:636  |
        | "ldap://ldap.contoso.com"      | ldap://ldap.contoso.com:389   |
        | "ldap://ldap.contoso.com:389"  | ldap://ldap.contoso.com:389   |
        | "ldaps://ldap.contoso.com:636" | ldaps://ldap.contoso.com:636  |
        | "ldap.contoso.com"             | ldaps://ldap.contoso.com:636  |
        | "ldap.contoso.com:389"         | ldap://ldap.contoso.com:389   |
        | "ldap.contoso.com:636"         | ldaps://ldap.contoso.com:636  |
        | "ldap.contoso.com:3269"        | ldaps://ldap.contoso.com:3269 |
        | "ldap://ldap.contoso.com:3268" | ldap://ldap.contoso.com:3268  |
        | "ldaps://LDAP.Contoso.com"     | ldaps://ldap.contoso.com:636  |
        | "  ldap.contoso.com  "         | ldaps://ldap.contoso.com:636  |

    @rule:POL-10
    Scenario Outline: The LDAP endpoint <value> is refused: <why>
      When the MDM delivers a policy with com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName = <value>
      Then the policy is refused: POLICY_INVALID_VALUE for com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName
      And Outlook has no LDAP endpoint

      Examples:
        | value                                        | why                    |
        | ""                                           | empty                  |
        | "   "                                        | blank                  |
        | "https://ldap.contoso.com"                   | another scheme         |
        | "ftp://ldap.contoso.com"                     | another scheme, again  |
        | "ldaps://ldap.contoso.com:0"                 | port 0                 |
        | "ldap.contoso.com:65536"                     | port above 65535       |
        | "ldap.contoso.com:ldaps"                     | port not a number      |
        | "ldaps://ldap.contoso.com/"                  | a lone slash           |
        | "ldaps://ldap.contoso.com/dc=contoso,dc=com" | a path                 |
        | "ldaps://ldap.contoso.com?mail"              | a query                |
        | "ldaps://ldap.contoso.com#top"               | a fragment             |
        | "admin@ldap.contoso.com"                     | user information       |
        | "ldaps://admin@ldap.contoso.com"             | user information, too  |
        | "ldap.contoso .com"                          | a space inside         |
        | "ldaps://[2001:db8::1]"                      | an IPv6 literal        |
        | "ldap_server.contoso.com"                    | not a DNS name         |
        | "-ldap.contoso.com"                          | not a DNS name, either |

  @interpretation
  Rule: S/MIME kept off cannot go with encrypting or signing all emails
    A policy that turns S/MIME off and does not let the user turn it on, yet asks for all emails
    to be encrypted or signed, asks for what cannot happen. It is refused as POLICY_CONTRADICTION,
    naming EncryptAllMail or SignAllMail. S/MIME off that the user may turn on is no
    contradiction.

    @rule:POL-10
    Scenario Outline: S/MIME off and locked, with <key> true: refused
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled                   | false |
        | com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed | false |
        | <key>                                                     | true  |
      Then the policy is refused: POLICY_CONTRADICTION for <key>

      Examples:
        | key                                                    |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail    |

    @rule:POL-10
    Scenario: S/MIME off and locked, with all emails both encrypted and signed: two contradictions
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled                   | false |
        | com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed | false |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail    | true  |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail       | true  |
      Then the policy is refused with these problems:
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail | POLICY_CONTRADICTION |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail    | POLICY_CONTRADICTION |

    @rule:POL-10
    Scenario: S/MIME off that the user may turn on goes with encrypting all emails
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled                   | false |
        | com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed | true  |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail    | true  |
      Then the policy is applied
      And automatic encryption is on for alice@contoso.com

  @interpretation
  Rule: A policy with any problem is refused as a whole
    A policy is applied whole or not at all: when any key or value is wrong, nothing of the
    policy is applied, not even its sound values, and whatever was in force before stays so.
    Every problem is listed, and the policy's outcome is the code of the first.

    @rule:POL-10
    Scenario: The sound values of a refused policy are not applied either
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled                | true                       |
        | com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail    | true                       |
        | com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName   | "ldaps://ldap.contoso.com" |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail | "yes"                      |
      Then the policy is refused: POLICY_WRONG_TYPE for com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail
      And S/MIME is off for alice@contoso.com
      And automatic signing is off for alice@contoso.com
      And Outlook has no LDAP endpoint
      And Organize By Thread is on for every account

    @rule:POL-10
    Scenario: A refused policy leaves the policy applied before it in force
      Given the MDM has delivered a policy with Enable S/MIME Yes and allow user to change No
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled                   | false |
        | com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed | true  |
        | com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAll        | true  |
      Then the policy is refused: POLICY_UNKNOWN_KEY for com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAll
      And S/MIME is on for alice@contoso.com
      When Alice turns S/MIME off for alice@contoso.com
      Then Outlook answers SETTING_LOCKED

    @rule:POL-10
    Scenario: Every problem of a refused policy is listed
      When the MDM delivers a policy with these values:
        | com.microsoft.outlook.Mail.SMIMEEnabled              | "yes"                    |
        | com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName | "ftp://ldap.contoso.com" |
        | com.microsoft.outlook.Mail.SMIMEEnabled.Sign         | true                     |
      Then the policy is refused with these problems:
        | com.microsoft.outlook.Mail.SMIMEEnabled              | POLICY_WRONG_TYPE    |
        | com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName | POLICY_INVALID_VALUE |
        | com.microsoft.outlook.Mail.SMIMEEnabled.Sign         | POLICY_UNKNOWN_KEY   |
