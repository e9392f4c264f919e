Feature: Sanity: the implementation under test answers at all
  Runs before every other scenario. It asks for one verdict and accepts any: it only checks that
  the implementation can be reached and answers through the contract. When it fails (an adapter
  that cannot start, a wrong class path, an endpoint it cannot reach) the implementation is
  misconfigured, and the run stops with exit 2 instead of reporting every scenario as failed.

  @trust
  Scenario: Outlook gives a verdict on a certificate
    Given it is 2026-06-01T09:00:00Z
    And "Sanity Root CA" is in the virtual certificate collection
    And sanity@contoso.com has a certificate issued by "Sanity Root CA"
    When Outlook verifies the certificate of sanity@contoso.com
    Then Outlook gives a verdict on the certificate
