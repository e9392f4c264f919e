@settings
Feature: S/MIME is off until the user turns it on under account settings > Security
  "S/MIME must be enabled for Outlook for iOS and Android to view or create S/MIME-related
  content." "End users will need to enable S/MIME functionality manually by accessing their
  account settings, tapping Security, and tapping the S/MIME control, which is off by default."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice's account profile has the primary SMTP address alice@fabrikam.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com
    And Alice installed the certificate "Alice 2026" with its private key

  @rule:CLIENT-1
  Scenario: S/MIME is off for every account on a fresh install
    Then S/MIME is off for alice@contoso.com
    And S/MIME is off for alice@fabrikam.com

  @rule:CLIENT-1
  Scenario: With S/MIME off a new message offers no S/MIME, although Alice's certificate is installed
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: SMIME_DISABLED
    And the new message starts neither signed nor encrypted

  @rule:CLIENT-1 @interpretation
  Scenario: Automatic signing and encryption do not sign or encrypt while S/MIME is off
    Sign and encrypt automatically are settings of their own that Alice may choose at any time;
    a new message starts signed (or encrypted) only when signing (or encryption) can be chosen,
    which S/MIME being off rules out.

    Given Alice has turned automatic signing on for alice@contoso.com
    And Alice has turned automatic encryption on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: SMIME_DISABLED
    And the new message starts neither signed nor encrypted

  @rule:CLIENT-2
  Scenario: Alice turns S/MIME on under account settings > Security
    When Alice turns S/MIME on for alice@contoso.com
    Then Outlook answers OK
    And S/MIME is on for alice@contoso.com

  @rule:CLIENT-2
  Scenario: With S/MIME on, a new message can be signed and encrypted with Alice's certificate
    Given Alice has turned S/MIME on for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message can be signed
    And the new message can be encrypted
    And the new message starts neither signed nor encrypted

  @rule:CLIENT-2
  Scenario: S/MIME is turned on for one account, not for the others
    When Alice turns S/MIME on for alice@contoso.com
    Then S/MIME is on for alice@contoso.com
    And S/MIME is off for alice@fabrikam.com
    When Alice starts a new message from alice@fabrikam.com
    Then the new message can be neither signed nor encrypted: SMIME_DISABLED

  @rule:CLIENT-2
  Scenario: Alice turns S/MIME off again
    Given Alice has turned S/MIME on for alice@contoso.com
    When Alice turns S/MIME off for alice@contoso.com
    Then Outlook answers OK
    And S/MIME is off for alice@contoso.com
    When Alice starts a new message from alice@contoso.com
    Then the new message can be neither signed nor encrypted: SMIME_DISABLED

  @rule:CLIENT-2
  Scenario: S/MIME cannot be turned on for an address that is not an account of the app
    When Alice turns S/MIME on for bob@contoso.com
    Then Outlook answers UNKNOWN_ACCOUNT
    And S/MIME is off for alice@contoso.com
    And S/MIME is off for alice@fabrikam.com

  @rule:CLIENT-2 @rule:POL-1
  Scenario: Alice cannot turn S/MIME on when the policy keeps it off
    Given the MDM has delivered a policy with Enable S/MIME No and allow user to change No
    When Alice turns S/MIME on for alice@contoso.com
    Then Outlook answers SETTING_LOCKED
    And S/MIME is off for alice@contoso.com
