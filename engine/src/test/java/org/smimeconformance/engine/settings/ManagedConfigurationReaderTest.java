package org.smimeconformance.engine.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.CertificateDeployment;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyProblem;

class ManagedConfigurationReaderTest {

    static final String SMIME = "com.microsoft.outlook.Mail.SMIMEEnabled";
    static final String SMIME_CHANGE = SMIME + ".UserChangeAllowed";
    static final String ENCRYPT = SMIME + ".EncryptAllMail";
    static final String ENCRYPT_CHANGE = ENCRYPT + ".UserChangeAllowed";
    static final String SIGN = SMIME + ".SignAllMail";
    static final String SIGN_CHANGE = SIGN + ".UserChangeAllowed";
    static final String LDAP = SMIME + ".LDAPHostName";

    private final ManagedConfigurationReader reader = new ManagedConfigurationReader();

    private PolicyReading read(Map<String, Object> values) {
        return reader.read(ManagedConfiguration.of(values));
    }

    private ManagedPolicy policy(Map<String, Object> values) {
        PolicyReading reading = read(values);
        assertThat(reading.problems()).isEmpty();
        return reading.policy().orElseThrow();
    }

    private PolicyProblem onlyProblem(Map<String, Object> values) {
        PolicyReading reading = read(values);
        assertThat(reading.policy()).isEmpty();
        assertThat(reading.problems()).hasSize(1);
        return reading.problems().get(0);
    }

    @Test
    void theSevenKeysAreAccepted() {
        ManagedPolicy policy = policy(Map.of(SMIME, true, SMIME_CHANGE, false, ENCRYPT, true, ENCRYPT_CHANGE, true,
                SIGN, false, SIGN_CHANGE, false, LDAP, "ldaps://contoso.com"));

        assertThat(policy.setting(SmimeSetting.ENABLE_SMIME)).isEqualTo(new ManagedSetting(true, false));
        assertThat(policy.setting(SmimeSetting.ENCRYPT_ALL_MAIL)).isEqualTo(new ManagedSetting(true, true));
        assertThat(policy.setting(SmimeSetting.SIGN_ALL_MAIL)).isEqualTo(new ManagedSetting(false, false));
        assertThat(policy.ldapEndpoint()).contains(new LdapEndpoint("ldaps", "contoso.com", 636));
        assertThat(ManagedConfigurationReader.KEYS).containsExactlyInAnyOrder(SMIME, SMIME_CHANGE, ENCRYPT,
                ENCRYPT_CHANGE, SIGN, SIGN_CHANGE, LDAP);
    }

    @Test
    void unsetKeysTakeTheirDefaults() {
        ManagedPolicy empty = policy(Map.of());

        for (SmimeSetting setting : SmimeSetting.values()) {
            assertThat(empty.setting(setting)).isEqualTo(new ManagedSetting(false, true));
        }
        assertThat(empty.ldapEndpoint()).isEmpty();
        assertThat(policy(Map.of(SIGN, true)).setting(SmimeSetting.SIGN_ALL_MAIL)).isEqualTo(new ManagedSetting(true, true));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"true", "TRUE", "True", "tRuE"})
    void aStringTrueInAnyCaseIsABoolean(String value) {
        assertThat(policy(Map.of(SMIME, value)).setting(SmimeSetting.ENABLE_SMIME).value()).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"false", "FALSE", "False"})
    void aStringFalseInAnyCaseIsABoolean(String value) {
        assertThat(policy(Map.of(SMIME_CHANGE, value)).setting(SmimeSetting.ENABLE_SMIME).userChangeAllowed()).isFalse();
    }

    static List<Object> notBooleans() {
        return List.of("yes", "no", "1", "0", "", " true", "on", 1, 0, 1L, 1.0, List.of(true), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notBooleans")
    void anythingElseWhereABooleanBelongsIsTheWrongType(Object value) {
        for (String key : List.of(SMIME, SMIME_CHANGE, ENCRYPT, ENCRYPT_CHANGE, SIGN, SIGN_CHANGE)) {
            PolicyProblem problem = onlyProblem(Map.of(key, value));
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.code()).isEqualTo(OutcomeCode.POLICY_WRONG_TYPE);
            assertThat(problem.message()).contains(key, "Boolean");
        }
    }

    @Test
    void theLdapEndpointMustBeAString() {
        for (Object value : List.of(true, 636, List.of("ldaps://contoso.com"))) {
            PolicyProblem problem = onlyProblem(Map.of(LDAP, value));
            assertThat(problem.code()).isEqualTo(OutcomeCode.POLICY_WRONG_TYPE);
            assertThat(problem.key()).isEqualTo(LDAP);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "http://contoso.com", "ldaps://contoso.com/", "contoso.com:0", "user@contoso.com"})
    void anLdapEndpointInNoAcceptedFormIsAnInvalidValue(String value) {
        PolicyProblem problem = onlyProblem(Map.of(LDAP, value));

        assertThat(problem.code()).isEqualTo(OutcomeCode.POLICY_INVALID_VALUE);
        assertThat(problem.key()).isEqualTo(LDAP);
        assertThat(problem.message()).contains("LDAP endpoint");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "com.microsoft.outlook.Mail.SMIMEEnable",
            "com.microsoft.outlook.mail.smimeenabled",
            "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMails",
            "com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed ",
            "com.microsoft.outlook.Mail.SMIMEEnabled.DeployFromIntune",
            "com.microsoft.outlook.Mail.DefaultSignature",
            "SMIMEEnabled"})
    void anyOtherKeyIsUnknown(String key) {
        PolicyProblem problem = onlyProblem(Map.of(key, true));

        assertThat(problem.code()).isEqualTo(OutcomeCode.POLICY_UNKNOWN_KEY);
        assertThat(problem.key()).isEqualTo(key);
        assertThat(problem.message()).contains(key);
    }

    @Test
    void aDifferentlyCasedKeyIsUnknownAndTheMessageNamesTheRightOne() {
        PolicyProblem problem = onlyProblem(Map.of("com.microsoft.outlook.Mail.SMIMEENABLED", true));

        assertThat(problem.message()).contains("case-sensitive", SMIME);
    }

    @Test
    void smimeOffAndLockedWithEncryptOrSignAllOnIsAContradictionNamingThoseKeys() {
        PolicyReading reading = read(Map.of(SMIME, false, SMIME_CHANGE, false, ENCRYPT, true, SIGN, true));

        assertThat(reading.policy()).isEmpty();
        assertThat(reading.problems()).extracting(PolicyProblem::key, PolicyProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ENCRYPT, OutcomeCode.POLICY_CONTRADICTION),
                org.assertj.core.groups.Tuple.tuple(SIGN, OutcomeCode.POLICY_CONTRADICTION));
        assertThat(onlyProblem(Map.of(SMIME, "false", SMIME_CHANGE, "false", SIGN, "true")).key()).isEqualTo(SIGN);
    }

    @Test
    void smimeOffByDefaultAndLockedIsOffAndLockedToo() {
        assertThat(onlyProblem(Map.of(SMIME_CHANGE, false, ENCRYPT, true)).code()).isEqualTo(OutcomeCode.POLICY_CONTRADICTION);
    }

    @Test
    void noContradictionWhenSmimeIsOnOrTheUserMayTurnItOn() {
        assertThat(read(Map.of(SMIME, true, SMIME_CHANGE, false, ENCRYPT, true, SIGN, true)).problems()).isEmpty();
        assertThat(read(Map.of(SMIME, false, SMIME_CHANGE, true, ENCRYPT, true, SIGN, true)).problems()).isEmpty();
        assertThat(read(Map.of(SMIME, false, ENCRYPT, true)).problems()).isEmpty();
        assertThat(read(Map.of(SMIME, false, SMIME_CHANGE, false, ENCRYPT, false, SIGN, false)).problems()).isEmpty();
    }

    @Test
    void everyProblemIsListedInKeyOrder() {
        Map<String, Object> values = new HashMap<>();
        values.put(SIGN_CHANGE, "no");
        values.put("com.microsoft.outlook.Mail.SMIMEEnabled.Bogus", true);
        values.put(LDAP, "ftp://contoso.com");
        values.put(SMIME, false);
        values.put(SMIME_CHANGE, false);
        values.put(ENCRYPT, true);
        values.put("a.key.before.all", 1);

        PolicyReading reading = read(values);

        assertThat(reading.policy()).isEmpty();
        assertThat(reading.problems()).extracting(PolicyProblem::key).containsExactly(
                "a.key.before.all", "com.microsoft.outlook.Mail.SMIMEEnabled.Bogus", ENCRYPT, LDAP, SIGN_CHANGE);
        assertThat(reading.problems()).extracting(PolicyProblem::code).containsExactly(
                OutcomeCode.POLICY_UNKNOWN_KEY, OutcomeCode.POLICY_UNKNOWN_KEY, OutcomeCode.POLICY_CONTRADICTION,
                OutcomeCode.POLICY_INVALID_VALUE, OutcomeCode.POLICY_WRONG_TYPE);
    }

    @Test
    void aWrongTypeForSmimeIsNotAlsoAContradiction() {
        PolicyReading reading = read(Map.of(SMIME, "no", SMIME_CHANGE, false, ENCRYPT, true));

        assertThat(reading.problems()).extracting(PolicyProblem::key).containsExactly(SMIME);
    }

    @Test
    void theDesignerSettingsTravelWithThePolicy() {
        CertificateDeployment deployment = new CertificateDeployment(true, CertificateDeployment.SigningProfile.SCEP,
                CertificateDeployment.EncryptionProfile.PKCS_IMPORTED, Notification.COMPANY_PORTAL);

        PolicyReading reading = reader.read(new ManagedConfiguration(Map.of(SMIME, true), Optional.of(deployment)));

        assertThat(reading.policy().orElseThrow().deployment()).contains(deployment);
    }
}
