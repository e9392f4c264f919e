@settings
Feature: Turning S/MIME on turns Organize By Thread off for the whole app
  "When the S/MIME setting is enabled, Outlook for iOS and Android will automatically disable the
  Organize By Thread setting. [...] As this is an app-level setting, this change affects all
  accounts added to the app."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice's account profile has the primary SMTP address alice@fabrikam.com
    And Alice uses Outlook on an Android phone

  @rule:CLIENT-3 @interpretation
  Scenario: Organize By Thread is on on a fresh install
    The article says S/MIME "will automatically disable" Organize By Thread, so it must be on
    before; this suite reads that as on by default.

    Then Organize By Thread is on for every account

  @rule:CLIENT-3
  Scenario: Turning S/MIME on for one account turns Organize By Thread off for both accounts
    When Alice turns S/MIME on for alice@contoso.com
    Then Outlook answers OK
    And Organize By Thread is off for every account
    And S/MIME is off for alice@fabrikam.com

  @rule:CLIENT-3 @rule:POL-1
  Scenario: S/MIME turned on by the app configuration policy turns Organize By Thread off too
    When the MDM delivers a policy with Enable S/MIME Yes and allow user to change Yes
    Then the policy is applied
    And Organize By Thread is off for every account

  @rule:CLIENT-3 @interpretation
  Scenario: Turning S/MIME off again does not turn Organize By Thread back on
    The article only says that enabling S/MIME turns Organize By Thread off. This suite reads it
    as a one-way change: turning S/MIME off leaves Organize By Thread as it is.

    Given Alice has turned S/MIME on for alice@contoso.com
    When Alice turns S/MIME off for alice@contoso.com
    Then Outlook answers OK
    And Organize By Thread is off for every account

  @rule:CLIENT-3
  Scenario: S/MIME that the policy keeps off leaves Organize By Thread on
    Given the MDM has delivered a policy with Enable S/MIME No and allow user to change No
    When Alice turns S/MIME on for alice@contoso.com
    Then Outlook answers SETTING_LOCKED
    And Organize By Thread is on for every account
