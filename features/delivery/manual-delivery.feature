@delivery @manual
Feature: A certificate mailed to the user is installed by tapping the attachment, and can be exported to another device
  "Outlook for iOS and Outlook for Android both support manual certificate delivery, which is when
  the certificate is emailed to the user and the user taps on the certificate attachment within the
  app to initiate the certificate's installation." "A user can export their own certificate and mail
  it to themselves using Outlook." "When exporting the certificate, ensure that the exported
  certificate is password-protected with a strong password."

  Background:
    Given it is 2026-06-01T09:00:00Z
    And "Contoso Root CA" is in the virtual certificate collection
    And "Contoso Issuing CA" is an intermediate certification authority issued by "Contoso Root CA"
    And Alice's account profile has the primary SMTP address alice@contoso.com
    And "Contoso Issuing CA" issued the certificate "Alice 2026" for alice@contoso.com

  Rule: Tapping the attachment installs the certificate and its private key into the store of the platform

    @rule:MAN-1 @ios
    Scenario: On an iPhone the tapped certificate goes to the Microsoft publisher keychain, where Outlook uses it
      Given Alice uses Outlook on an iPhone
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice taps the attachment "Alice 2026" on her iPhone and types the password "C0ntoso-S/MIME-2026!"
      Then the certificate is installed
      And Alice's iPhone holds "Alice 2026" with its private key in the Microsoft publisher keychain
      And on Alice's iPhone Outlook chooses "Alice 2026" for signing
      And on Alice's iPhone Outlook chooses "Alice 2026" for encryption

    @rule:MAN-1 @ios
    Scenario: On an iPad the tapped certificate goes to the Microsoft publisher keychain too
      Given Alice uses Outlook on an iPad
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice taps the attachment "Alice 2026" on her iPad and types the password "C0ntoso-S/MIME-2026!"
      Then the certificate is installed
      And Alice's iPad holds "Alice 2026" with its private key in the Microsoft publisher keychain

    @rule:MAN-1 @android
    Scenario: On an Android phone the tapped certificate goes to the Android KeyStore, where Outlook uses it
      Given Alice uses Outlook on an Android phone
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice taps the attachment "Alice 2026" on her Android phone and types the password "C0ntoso-S/MIME-2026!"
      Then the certificate is installed
      And Alice's Android phone holds "Alice 2026" with its private key in the Android KeyStore
      And on Alice's Android phone Outlook chooses "Alice 2026" for signing
      And on Alice's Android phone Outlook chooses "Alice 2026" for encryption

  Rule: A certificate exported from one device and mailed to oneself installs on another with the same key pair

    @rule:MAN-2
    Scenario: Alice exports her certificate from her iPhone and installs it on her Android phone
      Given Alice uses Outlook on an iPhone
      And Alice also uses Outlook on an Android phone
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      And Alice has installed the attachment "Alice 2026" on her iPhone with the password "C0ntoso-S/MIME-2026!"
      When Alice exports "Alice 2026" from her iPhone with the password "An0ther-Str0ng-One" and mails it to herself
      And Alice taps the attachment "Alice 2026" on her Android phone and types the password "An0ther-Str0ng-One"
      Then the certificate is installed
      And Alice's Android phone holds "Alice 2026" with its private key in the Android KeyStore
      And Alice's Android phone holds the same key pair for "Alice 2026" as Alice's iPhone
      And on Alice's Android phone Outlook chooses "Alice 2026" for signing

    @rule:MAN-2
    Scenario: Alice exports her certificate from her Android phone and installs it on her iPad
      Given Alice uses Outlook on an Android phone
      And Alice also uses Outlook on an iPad
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      And Alice has installed the attachment "Alice 2026" on her Android phone with the password "C0ntoso-S/MIME-2026!"
      When Alice exports "Alice 2026" from her Android phone with the password "Exp0rted-for-iPad!" and mails it to herself
      And Alice taps the attachment "Alice 2026" on her iPad and types the password "Exp0rted-for-iPad!"
      Then the certificate is installed
      And Alice's iPad holds "Alice 2026" with its private key in the Microsoft publisher keychain
      And Alice's iPad holds the same key pair for "Alice 2026" as Alice's Android phone

    @rule:MAN-2 @rule:MAN-3
    Scenario: The exported file opens with the password it was exported with, not the one of the file first mailed
      Given Alice uses Outlook on an iPhone
      And Alice also uses Outlook on an Android phone
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      And Alice has installed the attachment "Alice 2026" on her iPhone with the password "C0ntoso-S/MIME-2026!"
      When Alice exports "Alice 2026" from her iPhone with the password "An0ther-Str0ng-One" and mails it to herself
      And Alice taps the attachment "Alice 2026" on her Android phone and types the password "C0ntoso-S/MIME-2026!"
      Then nothing is installed: WRONG_PASSWORD
      And Outlook on Alice's Android phone holds no certificate

  Rule: A wrong password installs nothing and says why

    @rule:MAN-3
    Scenario Outline: On <device>, the wrong password installs nothing: WRONG_PASSWORD
      Given Alice uses Outlook on <device>
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice taps the attachment "Alice 2026" on <her device> and types the password "c0ntoso-s/mime-2026!"
      Then nothing is installed: WRONG_PASSWORD
      And Outlook on <named device> holds no certificate
      And on <named device> no certificate is available for signing

      Examples:
        | device           | her device        | named device         |
        | an iPhone        | her iPhone        | Alice's iPhone       |
        | an Android phone | her Android phone | Alice's Android phone |

    @rule:MAN-3
    Scenario: No password where the file has one installs nothing: WRONG_PASSWORD
      Given Alice uses Outlook on an iPhone
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      When Alice taps the attachment "Alice 2026" on her iPhone and types no password
      Then nothing is installed: WRONG_PASSWORD
      And Outlook on Alice's iPhone holds no certificate

  @interpretation
  Rule: A file cut short or damaged installs nothing, says so, and leaves the store as it was
    A file that is cut short, or whose beginning is damaged so that it is no longer a PKCS#12
    file, is MALFORMED_PKCS12. A file altered inside after it was protected fails the file's
    integrity check, exactly as a wrong password does (PKCS#12 cannot tell the two apart), and is
    WRONG_PASSWORD; the message says that an altered file fails the same way. Either way nothing of
    the file is installed and what was installed before stays, unchanged.

    @rule:MAN-3
    Scenario Outline: A file <what happened> installs nothing: <answer>
      Given Alice uses Outlook on an iPhone
      And "Contoso Issuing CA" issued the certificate "Alice 2025" for alice@contoso.com
      And Alice installed the certificate "Alice 2025" with its private key
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by the password "C0ntoso-S/MIME-2026!"
      And the attachment "Alice 2026" was <what happened>
      When Alice taps the attachment "Alice 2026" on her iPhone and types the password "C0ntoso-S/MIME-2026!"
      Then nothing is installed: <answer>
      And Outlook on Alice's iPhone holds exactly these certificates with their private keys:
        | Alice 2025 |
      And on Alice's iPhone Outlook chooses "Alice 2025" for signing

      Examples:
        | what happened                  | answer           |
        | cut short on the way           | MALFORMED_PKCS12 |
        | damaged on the way             | MALFORMED_PKCS12 |
        | altered after it was protected | WRONG_PASSWORD   |

  @interpretation
  Rule: Exporting asks for a strong password; a file that arrives with no password or a weak one still installs
    "Strong" is read as Microsoft's guidance "Create and use strong passwords" has it: at least 12
    characters, with upper-case letters, lower-case letters, digits and symbols, all four (a space
    counts as a symbol). Only printable ASCII characters are accepted, since a PKCS#12 file
    protected with any other character does not open everywhere. Outlook refuses to export with a
    password that is not strong, or with none: WEAK_PASSWORD, and nothing is exported. The article asks for the strong password when
    exporting; a file the user receives was protected by whoever sent it, so Outlook installs a
    file that opens with no password or with a weak one: refusing it would only strand a
    certificate the user holds.

    @rule:MAN-3
    Scenario Outline: Exporting with the password "<password>" is refused: WEAK_PASSWORD
      Given Alice uses Outlook on an iPhone
      And Alice installed the certificate "Alice 2026" with its private key
      When Alice exports "Alice 2026" from her iPhone with the password "<password>" and mails it to herself
      Then the export is refused: WEAK_PASSWORD

      Examples: not strong
        | password                     |
        | Ab1!Ab1!Ab1                  |
        | alice2026                    |
        | correct horse battery staple |
        | CONTOSO-S/MIME-2026!         |
        | contoso-s/mime-2026!         |
        | Contoso-SMIME-Mobile         |
        | ContosoSMIME2026             |

      Examples: strong, but not printable ASCII
        | password                     |
        | Zoë-Müller-2026!             |

    @rule:MAN-3
    Scenario: Exporting with no password is refused: WEAK_PASSWORD
      Given Alice uses Outlook on an Android phone
      And Alice installed the certificate "Alice 2026" with its private key
      When Alice exports "Alice 2026" from her Android phone with no password
      Then the export is refused: WEAK_PASSWORD

    @rule:MAN-3
    Scenario Outline: Exporting with the strong password "<password>" is done
      Given Alice uses Outlook on an iPhone
      And Alice installed the certificate "Alice 2026" with its private key
      When Alice exports "Alice 2026" from her iPhone with the password "<password>" and mails it to herself
      Then the export is done

      Examples: strong
        | password             |
        | Ab1!Ab1!Ab1!         |
        | C0ntoso-S/MIME-2026! |
        | Alice Smith 2026     |

    @rule:MAN-3
    Scenario Outline: A file that arrives protected by <protection> is installed
      Given Alice uses Outlook on <device>
      And alice@contoso.com was mailed the certificate "Alice 2026" in a PKCS#12 file protected by <protection>
      When Alice taps the attachment "Alice 2026" on <her device> and types <typed>
      Then the certificate is installed
      And on <named device> Outlook chooses "Alice 2026" for signing

      Examples:
        | device           | her device        | named device          | protection              | typed                   |
        | an iPhone        | her iPhone        | Alice's iPhone        | no password             | no password             |
        | an Android phone | her Android phone | Alice's Android phone | no password             | no password             |
        | an iPhone        | her iPhone        | Alice's iPhone        | the password "alice"    | the password "alice"    |
        | an Android phone | her Android phone | Alice's Android phone | the password "12345678" | the password "12345678" |
