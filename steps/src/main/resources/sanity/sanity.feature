Feature: Sanity: the implementation under test answers at all
  Runs before every other scenario. When it fails, the implementation is misconfigured (an adapter
  that cannot start, a wrong class path, an endpoint it cannot reach) and the run stops with exit 2
  instead of reporting every scenario as failed.

  @trust
  Scenario: A certificate of a trusted root is verified
    Given it is 2026-06-01T09:00:00Z
    And "Sanity Root CA" is in the virtual certificate collection
    And "Sanity Issuing CA" is an intermediate certification authority issued by "Sanity Root CA"
    And sanity@contoso.com has a certificate issued by "Sanity Issuing CA"
    When Outlook verifies the certificate of sanity@contoso.com
    Then the certificate is trusted
