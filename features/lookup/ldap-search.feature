@lookup
Feature: Public certificates are read from the LDAP directory endpoint
  "Outlook for iOS and Android supports accessing public user certificate keys from secure LDAP
  directory endpoints."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And Alice uses Outlook on an iPhone
    And "Contoso Issuing CA" issued the certificate "Bob 2026" for bob@contoso.com
    And "Contoso Issuing CA" issued the certificate "Carol 2026" for carol@contoso.com

  @rule:LDAP-1
  Scenario: A certificate found only in the LDAP directory is used
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the root of the LDAP directory's TLS certificate is in the virtual certificate collection
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint over ldaps
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory
    And the Global Address List was asked first, then the LDAP directory

  @rule:LDAP-1
  Scenario: The userSMIMECertificate value is read as well as userCertificate
    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com as its userSMIMECertificate
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds "Bob 2026" in the LDAP directory

  @rule:LDAP-1 @interpretation
  Scenario: Over ldaps the directory must prove itself with a certificate Outlook trusts
    Secure LDAP is TLS: the directory's server certificate must chain to a root of the virtual
    certificate collection, and name the host Outlook connects to. Here its root is not trusted,
    so the connection is refused before anything is asked: LDAP_UNREACHABLE.

    Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
    And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint over ldaps
    When Outlook looks up the certificate of bob@contoso.com
    Then the lookup finds no certificate: LDAP_UNREACHABLE

  @rule:LDAP-1 @interpretation
  Rule: The address is one value in the search, never part of the filter
    Outlook searches for entries whose mail equals the address, with the address escaped as
    RFC 4515 requires. An address made to widen the search ("*)(mail=*" and the like) finds
    nothing, although the directory holds certificates of other people.

    Scenario Outline: Looking up "<attempt>" finds no certificate of anyone
      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the LDAP directory publishes the certificate "Carol 2026" for carol@contoso.com
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of "<attempt>"
      Then the lookup finds no certificate: CERT_NOT_FOUND
      And every search the LDAP directory saw asked for exactly "<attempt>"

      Examples:
        | attempt                    |
        | *)(mail=*                  |
        | *                          |
        | bob@contoso.com)(\|(mail=* |
        | *)(objectClass=*           |

  @rule:LDAP-1 @interpretation
  Rule: A directory that does not answer ends the lookup within Outlook's timeout
    The directory is asked with the world's timeouts: half a second to connect and half a second for
    all the rest. A directory that holds its answer back would answer after three seconds with Bob's
    certificate; a lookup that ends with LDAP_UNREACHABLE and no certificate has therefore given
    up before. Down, resetting or unavailable directories, and one that answers something that is
    not LDAP, are LDAP_UNREACHABLE too.

    Scenario Outline: A directory that <trouble> gives no certificate: LDAP_UNREACHABLE
      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the LDAP directory <trouble>
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: LDAP_UNREACHABLE

      Examples:
        | trouble                                          |
        | answers searches only after Outlook has given up |
        | is down                                          |
        | resets every connection                          |
        | is unavailable                                   |
        | answers with something that is not LDAP          |

  @rule:LDAP-1 @interpretation
  Rule: A directory is judged by what it sends within Outlook's wait, and referrals are not followed
    The article does not say how far Outlook goes for an answer. This suite reads it as for every
    endpoint: Outlook reads at most 1 MiB of one answer, so a larger one is no answer; it asks only
    the ldap:// or ldaps:// endpoint the policy names and follows no referral, so a directory that
    refers Outlook elsewhere (here, to itself) gives no certificate. Both are LDAP_UNREACHABLE. A
    directory that answers slowly but within the wait gives the certificate. A fault ends with the
    search it spoiled: once the directory answers properly again, the next lookup finds Bob's
    certificate.

    Scenario Outline: A directory that <trouble> gives no certificate either: LDAP_UNREACHABLE
      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the LDAP directory <trouble>
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: LDAP_UNREACHABLE

      Examples:
        | trouble                      |
        | answers with more than 1 MiB |
        | refers Outlook to itself     |

    Scenario: A directory that answers slowly but in time gives the certificate
      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the LDAP directory answers searches slowly but in time
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob 2026" in the LDAP directory

    Scenario Outline: After a directory that <trouble>, the next lookup finds the certificate
      Given the LDAP directory publishes the certificate "Bob 2026" for bob@contoso.com
      And the LDAP directory <trouble>
      And the MDM has delivered the LDAP directory as Outlook's LDAP endpoint
      When Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds no certificate: LDAP_UNREACHABLE
      When the LDAP directory answers properly again
      And Outlook looks up the certificate of bob@contoso.com
      Then the lookup finds "Bob 2026" in the LDAP directory

      Examples:
        | trouble                                          |
        | answers searches only after Outlook has given up |
        | resets every connection                          |
        | answers with something that is not LDAP          |
        | answers with more than 1 MiB                     |
