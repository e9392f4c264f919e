@trust
Feature: Building a chain ends within limits
  "In most cases, this is done by obtaining the intermediate certificates through the authority
  information access path in the certificate until a trusted root certificate is located."

  Going "until a trusted root certificate is located" would never end for a chain that does not
  lead to one. Outlook bounds the work: a chain holds at most 8 certificates, leaf and root
  included, and at most 5 intermediates are fetched through the authority information access path
  for one verification.

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection

  @interpretation
  Rule: A chain longer than the limit is not trusted, however it is obtained
    The article sets no limit. This suite reads it as bounded: a chain that needs more than 5
    intermediates fetched, or has more than 8 certificates, is CHAIN_TOO_LONG, and Outlook stops
    fetching there. Four intermediates below the root are well within both limits.

    @rule:TRUST-5
    Scenario: Four intermediates fetched one after another lead to the trusted root
      Given alice@contoso.com has a certificate issued through 4 intermediate certification authorities under "Contoso Root CA"
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is trusted

    @rule:TRUST-5
    Scenario: A chain that needs more intermediates fetched than the limit is not trusted
      Given alice@contoso.com has a certificate issued through 8 intermediate certification authorities under "Contoso Root CA"
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CHAIN_TOO_LONG
      And the certificate of "Contoso Level 8 CA" was fetched once through the authority information access path
      And the certificate of "Contoso Level 2 CA" was not fetched through the authority information access path

    @rule:TRUST-6
    Scenario: A chain longer than the limit is not trusted even when the message carries every intermediate
      Given alice@contoso.com has a certificate issued through 7 intermediate certification authorities under "Contoso Root CA"
      And the signed message carries the certificates of every intermediate certification authority
      When Outlook verifies the certificate of alice@contoso.com
      Then the certificate is not trusted: CHAIN_TOO_LONG
      And nothing was fetched through the authority information access path
