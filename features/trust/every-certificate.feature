@trust
Feature: Trust verification is performed on all digital certificates
  "Trust verification is performed on all digital certificates." Whatever Outlook uses a
  certificate for, the same checks apply: no use skips the chain or the revocation list.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And alice@contoso.com has a certificate issued by "Contoso Issuing CA"

  @rule:TRUST-3
  Scenario Outline: A revoked certificate is refused as <use>
    Given "Contoso Issuing CA" has revoked the certificate of alice@contoso.com
    When Outlook verifies the certificate of alice@contoso.com as <use>
    Then the certificate is not trusted: REVOKED

    Examples:
      | use                                    |
      | the user's own signing certificate     |
      | the user's own encryption certificate  |
      | a recipient's certificate              |
      | the signer of a received message       |
      | a directory lookup result              |

  @rule:TRUST-3
  Scenario Outline: A certificate from an unknown root is refused as <use>
    Given "Contoso Root CA" is not in the virtual certificate collection
    When Outlook verifies the certificate of alice@contoso.com as <use>
    Then the certificate is not trusted: NO_TRUSTED_ROOT

    Examples:
      | use                                    |
      | the user's own signing certificate     |
      | the user's own encryption certificate  |
      | a recipient's certificate              |
      | the signer of a received message       |
      | a directory lookup result              |

  @rule:TRUST-3
  Scenario Outline: A sound certificate is trusted as <use>
    When Outlook verifies the certificate of alice@contoso.com as <use>
    Then the certificate is trusted
    And the CRL of "Contoso Issuing CA" was fetched once from its distribution point

    Examples:
      | use                                    |
      | the user's own signing certificate     |
      | the user's own encryption certificate  |
      | a recipient's certificate              |
      | the signer of a received message       |
      | a directory lookup result              |
