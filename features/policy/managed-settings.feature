@policy
Feature: The app configuration policy sets Enable S/MIME, Encrypt all emails and Sign all emails
  Steps 9 to 11 of the iOS policy (10 to 12 on Android): "Set Enable S/MIME to Yes. When selecting
  Yes or No, administrators can choose to allow the user to change the app setting's value. Select
  Yes (app default) to allow the user to change the setting or choose No if you want to prevent
  the user from changing the setting's value." Encrypt all emails and Sign all emails are chosen
  the same way. An MDM delivers them to Outlook as the keys com.microsoft.outlook.Mail.SMIMEEnabled,
  ...SMIMEEnabled.EncryptAllMail and ...SMIMEEnabled.SignAllMail, each with its UserChangeAllowed
  companion. In the app, Encrypt all emails and Sign all emails are automatic encryption and
  automatic signing.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone

  Rule: When the user may not change a setting, the managed value holds and the user's toggle is refused

    Scenario Outline: After <policy setting> <managed> with allow user to change <allow>, Alice turns <app setting> <toggle>: <answer>
      Given the MDM has delivered a policy with <policy setting> <managed> and allow user to change <allow>
      When Alice turns <app setting> <toggle> for alice@contoso.com
      Then Outlook answers <answer>
      And <app setting> is <effective> for alice@contoso.com

      @rule:POL-1
      Examples: Enable S/MIME
        | policy setting | app setting | managed | allow | toggle | answer         | effective |
        | Enable S/MIME  | S/MIME      | Yes     | No    | off    | SETTING_LOCKED | on        |
        | Enable S/MIME  | S/MIME      | No      | No    | on     | SETTING_LOCKED | off       |
        | Enable S/MIME  | S/MIME      | Yes     | Yes   | off    | OK             | off       |
        | Enable S/MIME  | S/MIME      | No      | Yes   | on     | OK             | on        |

      @rule:POL-2
      Examples: Encrypt all emails
        | policy setting     | app setting          | managed | allow | toggle | answer         | effective |
        | Encrypt all emails | automatic encryption | Yes     | No    | off    | SETTING_LOCKED | on        |
        | Encrypt all emails | automatic encryption | No      | No    | on     | SETTING_LOCKED | off       |
        | Encrypt all emails | automatic encryption | Yes     | Yes   | off    | OK             | off       |
        | Encrypt all emails | automatic encryption | No      | Yes   | on     | OK             | on        |

      @rule:POL-3
      Examples: Sign all emails
        | policy setting  | app setting       | managed | allow | toggle | answer         | effective |
        | Sign all emails | automatic signing | Yes     | No    | off    | SETTING_LOCKED | on        |
        | Sign all emails | automatic signing | No      | No    | on     | SETTING_LOCKED | off       |
        | Sign all emails | automatic signing | Yes     | Yes   | off    | OK             | off       |
        | Sign all emails | automatic signing | No      | Yes   | on     | OK             | on        |

  @interpretation
  Rule: When the user may change a setting, a choice the user made before the policy arrived is kept
    The article says only that the administrator may let the user change the setting or not. This
    suite follows the Outlook app configuration documentation: when "allow user to change" is No
    the managed value is enforced, whatever the user chose before; when it is Yes (the default) a
    value the user chose before the policy arrived is kept, and without such a choice the managed
    value applies. A managed value equal to the app default (off) therefore changes nothing. A
    choice of off is made as in the app, by turning the setting on and then off again.

    Scenario Outline: <policy setting> <managed>, allow user to change <allow>, Alice's earlier choice <earlier>: <app setting> <effective>
      Given Alice's own choice for <app setting> was <earlier> before any policy
      When the MDM delivers a policy with <policy setting> <managed> and allow user to change <allow>
      Then the policy is applied
      And <app setting> is <effective> for alice@contoso.com

      @rule:POL-1
      Examples: Enable S/MIME
        | policy setting | app setting | managed | allow | earlier | effective |
        | Enable S/MIME  | S/MIME      | Yes     | Yes   | none    | on        |
        | Enable S/MIME  | S/MIME      | Yes     | Yes   | off     | off       |
        | Enable S/MIME  | S/MIME      | Yes     | No    | off     | on        |
        | Enable S/MIME  | S/MIME      | Yes     | No    | none    | on        |
        | Enable S/MIME  | S/MIME      | No      | Yes   | on      | on        |
        | Enable S/MIME  | S/MIME      | No      | Yes   | none    | off       |
        | Enable S/MIME  | S/MIME      | No      | No    | on      | off       |

      @rule:POL-2
      Examples: Encrypt all emails
        | policy setting     | app setting          | managed | allow | earlier | effective |
        | Encrypt all emails | automatic encryption | Yes     | Yes   | none    | on        |
        | Encrypt all emails | automatic encryption | Yes     | Yes   | off     | off       |
        | Encrypt all emails | automatic encryption | Yes     | No    | off     | on        |
        | Encrypt all emails | automatic encryption | No      | Yes   | on      | on        |
        | Encrypt all emails | automatic encryption | No      | Yes   | none    | off       |
        | Encrypt all emails | automatic encryption | No      | No    | on      | off       |

      @rule:POL-3
      Examples: Sign all emails
        | policy setting  | app setting       | managed | allow | earlier | effective |
        | Sign all emails | automatic signing | Yes     | Yes   | none    | on        |
        | Sign all emails | automatic signing | Yes     | Yes   | off     | off       |
        | Sign all emails | automatic signing | Yes     | No    | off     | on        |
        | Sign all emails | automatic signing | No      | Yes   | on      | on        |
        | Sign all emails | automatic signing | No      | Yes   | none    | off       |
        | Sign all emails | automatic signing | No      | No    | on      | off       |

  Rule: The policy applies to every account of the app, and new messages follow it

    @rule:POL-1
    Scenario: Enable S/MIME Yes turns S/MIME on for every account
      Given Alice's account profile has the primary SMTP address alice@fabrikam.com
      When the MDM delivers a policy with Enable S/MIME Yes and allow user to change No
      Then the policy is applied
      And S/MIME is on for alice@contoso.com
      And S/MIME is on for alice@fabrikam.com

    @rule:POL-1
    Scenario: With Enable S/MIME Yes a new message can be signed and encrypted with Alice's certificate
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And Alice installed the certificate "Alice 2026" with its private key
      When the MDM delivers a policy with Enable S/MIME Yes
      Then the policy is applied
      When Alice starts a new message from alice@contoso.com
      Then the new message can be signed
      And the new message can be encrypted

    @rule:POL-2
    Scenario: With Encrypt all emails Yes new messages start encrypted, and Alice cannot turn that off when it is locked
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And Alice installed the certificate "Alice 2026" with its private key
      And the MDM has delivered this app configuration:
        """json
        {
          "com.microsoft.outlook.Mail.SMIMEEnabled": true,
          "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail": true,
          "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail.UserChangeAllowed": false
        }
        """
      When Alice turns automatic encryption off for alice@contoso.com
      Then Outlook answers SETTING_LOCKED
      When Alice starts a new message from alice@contoso.com
      Then the new message starts encrypted, not signed

    @rule:POL-3
    Scenario: With Sign all emails Yes new messages start signed, and Alice may turn that off when allowed
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And Alice installed the certificate "Alice 2026" with its private key
      And the MDM has delivered this app configuration:
        """json
        {
          "com.microsoft.outlook.Mail.SMIMEEnabled": true,
          "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail": true
        }
        """
      When Alice starts a new message from alice@contoso.com
      Then the new message starts signed, not encrypted
      When Alice turns automatic signing off for alice@contoso.com
      Then Outlook answers OK
      When Alice starts a new message from alice@contoso.com
      Then the new message starts neither signed nor encrypted

    @rule:POL-2 @rule:POL-3
    Scenario: Encrypt all emails and Sign all emails do not sign or encrypt while S/MIME is off
      Given "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
      And Alice installed the certificate "Alice 2026" with its private key
      And the MDM has delivered this app configuration:
        """json
        {
          "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail": true,
          "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail": true
        }
        """
      When Alice starts a new message from alice@contoso.com
      Then the new message can be neither signed nor encrypted: SMIME_DISABLED
      And the new message starts neither signed nor encrypted
