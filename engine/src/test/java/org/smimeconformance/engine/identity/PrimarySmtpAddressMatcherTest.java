package org.smimeconformance.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;

class PrimarySmtpAddressMatcherTest {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final UserCertificates certificates = new UserCertificates();
    private final AddressMatching judge = new AddressMatchingJudge(new PrimarySmtpAddressMatcher());

    private OutcomeCode judge(IssuedCertificate certificate, String address, Purpose purpose) {
        return judge.judge(certificate.der(), address, purpose).code();
    }

    @Nested
    class WhereTheAddressIs {

        @Test
        void aSubjectAlternativeNameRfc822NameMatches() {
            IssuedCertificate alice = certificates.smime("alice@contoso.com");

            Outcome outcome = judge.judge(alice.der(), "alice@contoso.com", Purpose.SIGNING);

            assertThat(outcome.code()).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(outcome.message()).contains("alice@contoso.com (SAN rfc822Name)");
        }

        @ParameterizedTest(name = "the matching SAN at position {0}")
        @ValueSource(ints = {0, 1, 2})
        void oneOfSeveralSubjectAlternativeNamesMatches(int position) {
            List<String> names = new java.util.ArrayList<>(List.of("sales@contoso.com", "a.smith@contoso.com",
                    "alice@fabrikam.com"));
            names.set(position, "alice@contoso.com");
            IssuedCertificate several = certificates.smime(names.get(0), spec -> spec.sanEmails(names));

            assertThat(judge(several, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(several, "bob@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
        }

        @Test
        void theSubjectEmailAddressAloneMatches() {
            IssuedCertificate bySubject = certificates.endEntity("Alice", spec -> spec.subjectEmail("alice@contoso.com"));

            Outcome outcome = judge.judge(bySubject.der(), "alice@contoso.com", Purpose.ENCRYPTION);

            assertThat(outcome.code()).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
            assertThat(judge(bySubject, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge.judge(bySubject.der(), "alice@contoso.com", Purpose.SIGNING).message())
                    .contains("subject emailAddress");
        }

        @Test
        void anAddressInTheCommonNameOnlyDoesNotMatch() {
            IssuedCertificate commonNameOnly = certificates.endEntity("alice@contoso.com", spec -> spec);

            Outcome outcome = judge.judge(commonNameOnly.der(), "alice@contoso.com", Purpose.SIGNING);

            assertThat(outcome.code()).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(outcome.message()).contains("carries no mail address");
        }

        @Test
        void anotherAddressDoesNotMatchAndTheMessageNamesWhatIsThere() {
            Outcome outcome = judge.judge(certificates.smime("bob@contoso.com").der(), "alice@contoso.com",
                    Purpose.SIGNING);

            assertThat(outcome.code()).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(outcome.message()).contains("bob@contoso.com", "alice@contoso.com");
        }

        @Test
        void aSmtpUtf8MailboxWithANonAsciiLocalPartMatches() {
            IssuedCertificate international = certificates.endEntity("用户",
                    spec -> spec.smtpUtf8Mailboxes(List.of("用户@例子.广告")));

            assertThat(judge(international, "用户@例子.广告", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(international, "用户@xn--fsqu00a.xn--4rr70v", Purpose.SIGNING))
                    .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(international, "用戶@例子.广告", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(judge.judge(international.der(), "用户@例子.广告", Purpose.SIGNING).message())
                    .contains("SAN SmtpUTF8Mailbox");
        }

        @Test
        void aSmtpUtf8MailboxWithAnALabelDomainMatchesTheULabelAccountAndCaseIsFolded() {
            IssuedCertificate international = certificates.endEntity("Jürgen",
                    spec -> spec.smtpUtf8Mailboxes(List.of("jürgen@xn--bcher-kva.example")));

            assertThat(judge(international, "Jürgen@Bücher.example", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(international, "JÜRGEN@XN--BCHER-KVA.EXAMPLE", Purpose.SIGNING))
                    .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }

        @Test
        void anRfc822NameWithAnALabelDomainMatchesTheULabelAccount() {
            IssuedCertificate alabel = certificates.smime("info@xn--mnchen-3ya.de");

            assertThat(judge(alabel, "info@münchen.de", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }

        @Test
        void rfc822NameSmtpUtf8MailboxAndSubjectAreAllRead() {
            IssuedCertificate all = certificates.endEntity("Alice", spec -> spec
                    .sanEmails(List.of("alice@contoso.com"))
                    .smtpUtf8Mailboxes(List.of("álice@contoso.com"))
                    .subjectEmail("a.smith@contoso.com"));

            assertThat(CertificateAddresses.of(all.certificate())).containsExactly(
                    new CertificateAddress("alice@contoso.com", CertificateAddress.Source.SAN_RFC822_NAME),
                    new CertificateAddress("álice@contoso.com", CertificateAddress.Source.SAN_SMTP_UTF8_MAILBOX),
                    new CertificateAddress("a.smith@contoso.com", CertificateAddress.Source.SUBJECT_EMAIL_ADDRESS));
            assertThat(judge(all, "ÁLICE@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(all, "a.smith@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }
    }

    @Nested
    class HowTheAddressIsCompared {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"alice@contoso.com", "Alice@Contoso.com", "ALICE@CONTOSO.COM", " alice@contoso.com ",
                "\talice@contoso.com\n"})
        void caseAndSurroundingWhitespaceDoNotMatter(String typed) {
            assertThat(judge(certificates.smime("Alice@contoso.com"), typed, Purpose.SIGNING))
                    .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"alice @contoso.com", "ali ce@contoso.com", "alice@contoso. com", "", "  ", "alice"})
        void innerWhitespaceOrNoAddressNeverMatches(String typed) {
            assertThat(judge(certificates.smime("alice@contoso.com"), typed, Purpose.SIGNING))
                    .isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
        }

        @Test
        void surroundingWhitespaceInTheCertificateDoesNotMatterEither() {
            IssuedCertificate padded = certificates.smime(" alice@contoso.com ");

            assertThat(judge(padded, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }
    }

    @Nested
    class OnlyThePrimarySmtpAddress {

        private final PrimarySmtpAddressMatcher matcher = new PrimarySmtpAddressMatcher();
        private final Account alice = new Account("alice@contoso.com", List.of("a.smith@contoso.com", "alice@contoso.onmicrosoft.com"));

        @Test
        void aCertificateForAProxyAddressIsNotTheUsers() {
            IssuedCertificate forAlias = certificates.smime("a.smith@contoso.com");

            assertThat(matcher.judge(forAlias.certificate(), alice, Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(matcher.judge(certificates.smime("alice@contoso.onmicrosoft.com").certificate(), alice,
                    Purpose.ENCRYPTION).code()).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
        }

        @Test
        void aCertificateForThePrimaryAddressIsTheUsersWhateverTheAliases() {
            assertThat(matcher.judge(certificates.smime("alice@contoso.com").certificate(), alice, Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }
    }

    @Nested
    class ThePurpose {

        private IssuedCertificate certificate(KeyAlgorithm algorithm, Set<KeyUsageBit> keyUsage) {
            return certificates.smime("alice@contoso.com", spec -> spec.algorithm(algorithm).keyUsage(keyUsage));
        }

        @Test
        void signingNeedsDigitalSignatureOrNonRepudiation() {
            assertThat(judge(certificate(KeyAlgorithm.EC_P256, EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE)),
                    "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(certificate(KeyAlgorithm.EC_P256, EnumSet.of(KeyUsageBit.NON_REPUDIATION)),
                    "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(certificate(KeyAlgorithm.RSA_2048, EnumSet.of(KeyUsageBit.KEY_ENCIPHERMENT,
                    KeyUsageBit.DATA_ENCIPHERMENT)), "alice@contoso.com", Purpose.SIGNING))
                    .isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
            assertThat(judge(certificate(KeyAlgorithm.EC_P256, EnumSet.of(KeyUsageBit.KEY_AGREEMENT)),
                    "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
        }

        @Test
        void encryptionWithAnRsaKeyNeedsKeyEncipherment() {
            assertThat(judge(certificate(KeyAlgorithm.RSA_2048, EnumSet.of(KeyUsageBit.KEY_ENCIPHERMENT)),
                    "alice@contoso.com", Purpose.ENCRYPTION)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(certificate(KeyAlgorithm.RSA_2048, EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE,
                    KeyUsageBit.KEY_AGREEMENT, KeyUsageBit.DATA_ENCIPHERMENT)), "alice@contoso.com", Purpose.ENCRYPTION))
                    .isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
        }

        @Test
        void encryptionWithAnEcKeyNeedsKeyAgreement() {
            assertThat(judge(certificate(KeyAlgorithm.EC_P256, EnumSet.of(KeyUsageBit.KEY_AGREEMENT)),
                    "alice@contoso.com", Purpose.ENCRYPTION)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            Outcome keyEnciphermentOnly = judge.judge(certificate(KeyAlgorithm.EC_P256,
                    EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT)).der(),
                    "alice@contoso.com", Purpose.ENCRYPTION);
            assertThat(keyEnciphermentOnly.code()).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
            assertThat(keyEnciphermentOnly.message()).contains("keyAgreement");
        }

        @Test
        void withoutTheKeyUsageExtensionBothPurposesAreAllowedForRsaAndEc() {
            for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
                IssuedCertificate noKeyUsage = certificate(algorithm, Set.of());
                assertThat(noKeyUsage.certificate().getKeyUsage()).isNull();
                assertThat(judge(noKeyUsage, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
                assertThat(judge(noKeyUsage, "alice@contoso.com", Purpose.ENCRYPTION)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            }
        }

        @Test
        void anExtendedKeyUsageMustAllowEmailProtection() {
            IssuedCertificate clientAuthOnly = certificates.smime("alice@contoso.com",
                    spec -> spec.extendedKeyUsage(List.of(CLIENT_AUTH)));
            IssuedCertificate any = certificates.smime("alice@contoso.com",
                    spec -> spec.extendedKeyUsage(List.of(CLIENT_AUTH, PurposeCheck.ANY_EXTENDED_KEY_USAGE)));
            IssuedCertificate both = certificates.smime("alice@contoso.com",
                    spec -> spec.extendedKeyUsage(List.of(CLIENT_AUTH, CertificateSpec.EMAIL_PROTECTION)));
            IssuedCertificate none = certificates.smime("alice@contoso.com", spec -> spec.extendedKeyUsage(List.of()));

            assertThat(judge(clientAuthOnly, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
            assertThat(judge.judge(clientAuthOnly.der(), "alice@contoso.com", Purpose.SIGNING).message())
                    .contains("emailProtection");
            assertThat(judge(any, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(both, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
            assertThat(judge(none, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }

        @Test
        void theAddressIsJudgedBeforeThePurpose() {
            IssuedCertificate bobCannotSign = certificates.smime("bob@contoso.com",
                    spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.KEY_AGREEMENT)).extendedKeyUsage(List.of(CLIENT_AUTH)));

            assertThat(judge(bobCannotSign, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
            assertThat(judge(bobCannotSign, "bob@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
        }
    }

    @Nested
    class WhatIsHandedOver {

        @Test
        void pemIsReadLikeDer() {
            byte[] pem = certificates.smime("alice@contoso.com").pem().getBytes(StandardCharsets.US_ASCII);

            assertThat(judge.judge(pem, "alice@contoso.com", Purpose.SIGNING).code()).isEqualTo(OutcomeCode.ADDRESS_MATCHES);
        }

        @Test
        void somethingThatIsNoCertificateIsMalformed() {
            assertThat(judge.judge("hello".getBytes(StandardCharsets.US_ASCII), "alice@contoso.com", Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
            assertThat(judge.judge(new byte[0], "alice@contoso.com", Purpose.SIGNING).code())
                    .isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
        }

        @Test
        void aSmtpUtf8MailboxThatIsNotAStringIsSkipped() throws Exception {
            // an otherName of the SmtpUTF8Mailbox type holding an INTEGER: no address, no failure
            IssuedCertificate odd = OddCertificates.withOtherName(certificates.ca(),
                    new org.bouncycastle.asn1.ASN1Integer(7));

            assertThat(CertificateAddresses.of(odd.certificate())).isEmpty();
            assertThat(judge(odd, "alice@contoso.com", Purpose.SIGNING)).isEqualTo(OutcomeCode.ADDRESS_MISMATCH);
        }
    }
}
