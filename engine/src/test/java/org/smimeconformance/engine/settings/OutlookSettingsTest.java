package org.smimeconformance.engine.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyResult;

class OutlookSettingsTest {

    private static final String ALICE = "alice@contoso.com";
    private static final String WORK = "alice@fabrikam.com";

    private final OutlookSettings settings = new OutlookSettings(ManagedValueRule.reference(),
            OrganizeByThreadRule.reference());

    OutlookSettingsTest() {
        settings.addAccount(new Account(ALICE, List.of("a.smith@contoso.com")));
    }

    private static PolicyResult apply(OutlookSettings settings, Map<String, Object> values) {
        return settings.applyManagedConfiguration(ManagedConfiguration.of(values));
    }

    @Nested
    class AFreshInstall {

        @Test
        void hasSmimeAndAutomaticSigningAndEncryptionOffAndThreadingOn() {
            assertThat(settings.smimeEnabled(ALICE)).isFalse();
            assertThat(settings.signsAutomatically(ALICE)).isFalse();
            assertThat(settings.encryptsAutomatically(ALICE)).isFalse();
            assertThat(settings.organizeByThread()).isTrue();
            assertThat(settings.ldapEndpoint()).isEmpty();
        }

        @Test
        void letsTheUserChangeEachSetting() {
            assertThat(settings.setSmimeEnabled(ALICE, true).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.setSignAutomatically(ALICE, true).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.setEncryptAutomatically(ALICE, true).code()).isEqualTo(OutcomeCode.OK);

            assertThat(settings.smimeEnabled(ALICE)).isTrue();
            assertThat(settings.signsAutomatically(ALICE)).isTrue();
            assertThat(settings.encryptsAutomatically(ALICE)).isTrue();

            assertThat(settings.setSmimeEnabled(ALICE, false).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.smimeEnabled(ALICE)).isFalse();
        }

        @Test
        void knowsAccountsByTheirPrimarySmtpAddressOnly() {
            assertThat(settings.setSmimeEnabled("a.smith@contoso.com", true).code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
            assertThat(settings.setSignAutomatically("bob@contoso.com", true).code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
            assertThat(settings.setEncryptAutomatically("", true).code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
            assertThat(settings.smimeEnabled("a.smith@contoso.com")).isFalse();
            assertThat(settings.setSmimeEnabled(" ALICE@Contoso.com ", true).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.smimeEnabled(ALICE)).isTrue();
        }

        @Test
        void keepsSettingsPerAccount() {
            settings.addAccount(new Account(WORK, List.of()));

            settings.setSignAutomatically(WORK, true);

            assertThat(settings.signsAutomatically(WORK)).isTrue();
            assertThat(settings.signsAutomatically(ALICE)).isFalse();
        }

        @Test
        void addingTheSameAccountAgainKeepsItsSettings() {
            settings.setSmimeEnabled(ALICE, true);

            Outcome again = settings.addAccount(new Account("Alice@Contoso.com", List.of("alias@contoso.com")));

            assertThat(again.code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.accounts()).singleElement()
                    .satisfies(account -> assertThat(account.proxyAddresses()).containsExactly("alias@contoso.com"));
            assertThat(settings.smimeEnabled(ALICE)).isTrue();
        }
    }

    /** How a managed value meets the user's choice, the same for the three settings. */
    @Nested
    class TheManagedValueMeetsTheUsersChoice {

        private Function<String, Boolean> read(SmimeSetting setting) {
            return switch (setting) {
                case ENABLE_SMIME -> settings::smimeEnabled;
                case ENCRYPT_ALL_MAIL -> settings::encryptsAutomatically;
                case SIGN_ALL_MAIL -> settings::signsAutomatically;
            };
        }

        private BiFunction<String, Boolean, Outcome> toggle(SmimeSetting setting) {
            return switch (setting) {
                case ENABLE_SMIME -> settings::setSmimeEnabled;
                case ENCRYPT_ALL_MAIL -> settings::setEncryptAutomatically;
                case SIGN_ALL_MAIL -> settings::setSignAutomatically;
            };
        }

        private PolicyResult policy(SmimeSetting setting, boolean value, Boolean userChangeAllowed) {
            Map<String, Object> values = new java.util.HashMap<>();
            values.put(setting.key(), value);
            if (userChangeAllowed != null) {
                values.put(setting.userChangeAllowedKey(), userChangeAllowed);
            }
            if (setting != SmimeSetting.ENABLE_SMIME) {
                values.put(SmimeSetting.ENABLE_SMIME.key(), true);
            }
            PolicyResult result = apply(settings, values);
            assertThat(result.outcome().code()).isEqualTo(OutcomeCode.POLICY_APPLIED);
            return result;
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void withNoEarlierChoiceTheManagedValueAppliesAndTheUserMayChangeItByDefault(SmimeSetting setting) {
            policy(setting, true, null);

            assertThat(read(setting).apply(ALICE)).isTrue();
            assertThat(toggle(setting).apply(ALICE, false).code()).isEqualTo(OutcomeCode.OK);
            assertThat(read(setting).apply(ALICE)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void aValueTheUserChoseBeforeIsKeptWhenTheUserMayChangeIt(SmimeSetting setting) {
            toggle(setting).apply(ALICE, false);

            policy(setting, true, true);

            assertThat(read(setting).apply(ALICE)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void whenTheUserMayNotChangeItTheManagedValueIsEnforcedAndTheToggleLocked(SmimeSetting setting) {
            toggle(setting).apply(ALICE, false);

            policy(setting, true, false);

            assertThat(read(setting).apply(ALICE)).isTrue();
            Outcome refused = toggle(setting).apply(ALICE, false);
            assertThat(refused.code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
            assertThat(refused.message()).contains(setting.userChangeAllowedKey());
            assertThat(toggle(setting).apply(ALICE, true).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
            assertThat(read(setting).apply(ALICE)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void aLockedOffValueIsEnforcedOverAnEarlierOn(SmimeSetting setting) {
            if (setting == SmimeSetting.ENABLE_SMIME) {
                settings.setSmimeEnabled(ALICE, true);
                apply(settings, Map.of(setting.key(), false, setting.userChangeAllowedKey(), false));
            } else {
                toggle(setting).apply(ALICE, true);
                policy(setting, false, false);
            }

            assertThat(read(setting).apply(ALICE)).isFalse();
            assertThat(toggle(setting).apply(ALICE, true).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void aManagedValueEqualToTheAppDefaultChangesNothing(SmimeSetting setting) {
            policy(setting, false, true);

            assertThat(read(setting).apply(ALICE)).isFalse();
            assertThat(toggle(setting).apply(ALICE, true).code()).isEqualTo(OutcomeCode.OK);
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void whenALaterPolicyUnlocksTheSettingTheUsersEarlierChoiceIsBack(SmimeSetting setting) {
            toggle(setting).apply(ALICE, false);
            policy(setting, true, false);

            policy(setting, true, true);

            assertThat(read(setting).apply(ALICE)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(SmimeSetting.class)
        void thePolicyAppliesToEveryAccountOfTheApp(SmimeSetting setting) {
            settings.addAccount(new Account(WORK, List.of()));

            policy(setting, true, false);

            assertThat(read(setting).apply(ALICE)).isTrue();
            assertThat(read(setting).apply(WORK)).isTrue();
            assertThat(toggle(setting).apply(WORK, false).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
        }

        @Test
        void anAccountAddedAfterThePolicyIsUnderItToo() {
            apply(settings, Map.of(SmimeSetting.ENABLE_SMIME.key(), true, SmimeSetting.ENABLE_SMIME.userChangeAllowedKey(), false));

            settings.addAccount(new Account(WORK, List.of()));

            assertThat(settings.smimeEnabled(WORK)).isTrue();
            assertThat(settings.setSmimeEnabled(WORK, false).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
        }

        @Test
        void lockingOneSettingLeavesTheOthersToTheUser() {
            apply(settings, Map.of(SmimeSetting.ENABLE_SMIME.key(), true, SmimeSetting.ENABLE_SMIME.userChangeAllowedKey(), false));

            assertThat(settings.setSmimeEnabled(ALICE, false).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);
            assertThat(settings.setSignAutomatically(ALICE, true).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.setEncryptAutomatically(ALICE, true).code()).isEqualTo(OutcomeCode.OK);
        }
    }

    @Nested
    class APolicyWithAProblem {

        @Test
        void isRefusedAsAWholeAndChangesNothing() {
            apply(settings, Map.of(SmimeSetting.SIGN_ALL_MAIL.key(), true,
                    "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName", "ldap://contoso.com"));

            PolicyResult refused = apply(settings, Map.of(
                    SmimeSetting.ENABLE_SMIME.key(), true,
                    SmimeSetting.ENABLE_SMIME.userChangeAllowedKey(), false,
                    SmimeSetting.SIGN_ALL_MAIL.key(), false,
                    "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName", "ldaps://other.example",
                    "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail", "yes"));

            assertThat(refused.outcome().code()).isEqualTo(OutcomeCode.POLICY_WRONG_TYPE);
            assertThat(refused.outcome().message()).contains("refused as a whole", "EncryptAllMail");
            assertThat(refused.problems()).hasSize(1);
            assertThat(settings.smimeEnabled(ALICE)).isFalse();
            assertThat(settings.signsAutomatically(ALICE)).isTrue();
            assertThat(settings.setSmimeEnabled(ALICE, false).code()).isEqualTo(OutcomeCode.OK);
            assertThat(settings.organizeByThread()).isTrue();
            assertThat(settings.ldapEndpoint()).contains(new LdapEndpoint("ldap", "contoso.com", 389));
        }

        @Test
        void reportsTheFirstProblemsCodeAndListsThemAll() {
            PolicyResult refused = apply(settings, Map.of(
                    "com.microsoft.outlook.Mail.SMIMEEnabled.Bogus", true,
                    "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail", 1));

            assertThat(refused.outcome().code()).isEqualTo(OutcomeCode.POLICY_UNKNOWN_KEY);
            assertThat(refused.outcome().message()).contains("and 1 more problem");
            assertThat(refused.problems()).hasSize(2);
        }
    }

    @Test
    void aSoundPolicyIsAppliedAndDeliversTheLdapEndpoint() {
        PolicyResult applied = apply(settings, Map.of("com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName", "contoso.com:389"));

        assertThat(applied.outcome().code()).isEqualTo(OutcomeCode.POLICY_APPLIED);
        assertThat(applied.problems()).isEmpty();
        assertThat(settings.ldapEndpoint()).contains(new LdapEndpoint("ldap", "contoso.com", 389));

        apply(settings, Map.of());
        assertThat(settings.ldapEndpoint()).isEmpty();
    }

    @Nested
    class OrganizeByThread {

        @Test
        void enablingSmimeForOneOfTwoAccountsTurnsThreadingOffForTheWholeApp() {
            settings.addAccount(new Account(WORK, List.of()));

            settings.setSmimeEnabled(WORK, true);

            assertThat(settings.organizeByThread()).isFalse();
            assertThat(settings.smimeEnabled(ALICE)).isFalse();
        }

        @Test
        void turningSmimeOffAgainDoesNotTurnThreadingBackOn() {
            settings.setSmimeEnabled(ALICE, true);

            settings.setSmimeEnabled(ALICE, false);

            assertThat(settings.organizeByThread()).isFalse();
        }

        @Test
        void aPolicyThatEnablesSmimeTurnsThreadingOff() {
            settings.addAccount(new Account(WORK, List.of()));

            apply(settings, Map.of(SmimeSetting.ENABLE_SMIME.key(), "true"));

            assertThat(settings.organizeByThread()).isFalse();
        }

        @Test
        void aPolicyThatLeavesSmimeOffLeavesThreadingOn() {
            apply(settings, Map.of(SmimeSetting.ENABLE_SMIME.key(), false, SmimeSetting.SIGN_ALL_MAIL.key(), true));

            assertThat(settings.organizeByThread()).isTrue();
        }

        @Test
        void aRefusedToggleLeavesThreadingOn() {
            apply(settings, Map.of(SmimeSetting.ENABLE_SMIME.userChangeAllowedKey(), false));

            assertThat(settings.setSmimeEnabled(ALICE, true).code()).isEqualTo(OutcomeCode.SETTING_LOCKED);

            assertThat(settings.organizeByThread()).isTrue();
        }

        @Test
        void addingAnAccountUnderAPolicyThatEnablesSmimeTurnsThreadingOff() {
            OutlookSettings empty = new OutlookSettings(ManagedValueRule.reference(), OrganizeByThreadRule.reference());
            apply(empty, Map.of(SmimeSetting.ENABLE_SMIME.key(), true));
            assertThat(empty.organizeByThread()).isTrue();

            empty.addAccount(new Account(ALICE, List.of()));

            assertThat(empty.organizeByThread()).isFalse();
        }

        @Test
        void theRuleIsToldOnceForEveryAccountSmimeComesOnFor() {
            List<String> told = new ArrayList<>();
            OutlookSettings watched = new OutlookSettings(ManagedValueRule.reference(), (threading, account) -> {
                told.add(account);
                return threading;
            });
            watched.addAccount(new Account(ALICE, List.of()));
            watched.addAccount(new Account(WORK, List.of()));

            watched.setSmimeEnabled(ALICE, true);
            watched.setSmimeEnabled(ALICE, true);
            apply(watched, Map.of(SmimeSetting.ENABLE_SMIME.key(), true));

            assertThat(told).containsExactly(ALICE, WORK);
            assertThat(watched.organizeByThread()).isTrue();
        }
    }
}
