package org.smimeconformance.engine.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyProblem;

/**
 * Reads an app configuration policy as an MDM delivers it (POL-1..3, POL-10, LDAP-3):
 * <ul>
 *   <li>the keys are exactly the seven of the Outlook documentation (CONFIG-KEYS.md); any other key,
 *       a misspelt or differently cased one included, is {@code POLICY_UNKNOWN_KEY};</li>
 *   <li>a Boolean is a {@link Boolean} or the string {@code true} or {@code false} in any case;
 *       anything else ({@code "yes"}, {@code "1"}, the number 1, {@code ""}) is
 *       {@code POLICY_WRONG_TYPE};</li>
 *   <li>the LDAP endpoint is a string ({@code POLICY_WRONG_TYPE} otherwise) in one of the accepted
 *       forms ({@link LdapEndpointParser}; {@code POLICY_INVALID_VALUE} otherwise);</li>
 *   <li>S/MIME off and locked (the value and its "allow user to change" as stated or by default)
 *       together with Encrypt all emails or Sign all emails on is {@code POLICY_CONTRADICTION},
 *       naming the EncryptAllMail or SignAllMail key;</li>
 *   <li>unset keys take their documented defaults: off, user may change, no LDAP endpoint.</li>
 * </ul>
 * Every problem is reported, one at most per key, in key order. Stateless and thread-safe.
 */
public final class ManagedConfigurationReader {

    /** The LDAP endpoint key. */
    public static final String LDAP_HOST_NAME = "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName";

    /** Every key Outlook reads from an S/MIME app configuration policy. */
    public static final Set<String> KEYS = Set.of(
            SmimeSetting.ENABLE_SMIME.key(), SmimeSetting.ENABLE_SMIME.userChangeAllowedKey(),
            SmimeSetting.ENCRYPT_ALL_MAIL.key(), SmimeSetting.ENCRYPT_ALL_MAIL.userChangeAllowedKey(),
            SmimeSetting.SIGN_ALL_MAIL.key(), SmimeSetting.SIGN_ALL_MAIL.userChangeAllowedKey(),
            LDAP_HOST_NAME);

    public PolicyReading read(ManagedConfiguration configuration) {
        Map<String, PolicyProblem> problems = new TreeMap<>(); // key order
        Map<String, Boolean> booleans = new TreeMap<>();
        Optional<LdapEndpoint> ldap = Optional.empty();
        for (Map.Entry<String, Object> entry : configuration.values().entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (!KEYS.contains(key)) {
                problems.put(key, new PolicyProblem(key, OutcomeCode.POLICY_UNKNOWN_KEY, "'" + key
                        + "' is not one of Outlook's S/MIME configuration keys" + caseHint(key)));
            } else if (key.equals(LDAP_HOST_NAME)) {
                if (!(value instanceof String text)) {
                    problems.put(key, new PolicyProblem(key, OutcomeCode.POLICY_WRONG_TYPE, key
                            + " must be a string, not " + describe(value)));
                } else {
                    try {
                        ldap = Optional.of(LdapEndpointParser.parse(text));
                    } catch (IllegalArgumentException invalid) {
                        problems.put(key, new PolicyProblem(key, OutcomeCode.POLICY_INVALID_VALUE, invalid.getMessage()));
                    }
                }
            } else {
                Optional<Boolean> read = bool(value);
                if (read.isEmpty()) {
                    problems.put(key, new PolicyProblem(key, OutcomeCode.POLICY_WRONG_TYPE, key
                            + " must be a Boolean (true or false), not " + describe(value)));
                } else {
                    booleans.put(key, read.get());
                }
            }
        }
        Map<SmimeSetting, ManagedSetting> settings = new EnumMap<>(SmimeSetting.class);
        for (SmimeSetting setting : SmimeSetting.values()) {
            settings.put(setting, new ManagedSetting(
                    booleans.getOrDefault(setting.key(), SmimeSetting.APP_DEFAULT),
                    booleans.getOrDefault(setting.userChangeAllowedKey(), SmimeSetting.USER_CHANGE_ALLOWED_DEFAULT)));
        }
        contradictions(booleans, settings, problems);
        if (!problems.isEmpty()) {
            return new PolicyReading(Optional.empty(), new ArrayList<>(problems.values()));
        }
        return new PolicyReading(Optional.of(new ManagedPolicy(settings, ldap, configuration.deployment())), List.of());
    }

    private static void contradictions(Map<String, Boolean> booleans,
                                       Map<SmimeSetting, ManagedSetting> settings, Map<String, PolicyProblem> problems) {
        ManagedSetting smime = settings.get(SmimeSetting.ENABLE_SMIME);
        boolean smimeKeysSound = !problems.containsKey(SmimeSetting.ENABLE_SMIME.key())
                && !problems.containsKey(SmimeSetting.ENABLE_SMIME.userChangeAllowedKey());
        if (!smimeKeysSound || smime.value() || smime.userChangeAllowed()) {
            return;
        }
        for (SmimeSetting setting : List.of(SmimeSetting.ENCRYPT_ALL_MAIL, SmimeSetting.SIGN_ALL_MAIL)) {
            if (Boolean.TRUE.equals(booleans.get(setting.key()))) {
                problems.put(setting.key(), new PolicyProblem(setting.key(), OutcomeCode.POLICY_CONTRADICTION,
                        setting.label() + " is on while S/MIME is off and the user may not turn it on ("
                                + SmimeSetting.ENABLE_SMIME.key() + " false, " + SmimeSetting.ENABLE_SMIME.userChangeAllowedKey()
                                + " false): nothing could ever be " + (setting == SmimeSetting.SIGN_ALL_MAIL ? "signed" : "encrypted")));
            }
        }
    }

    private static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String text) {
            if (text.equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (text.equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    private static String caseHint(String key) {
        return KEYS.stream()
                .filter(known -> known.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(known -> " (keys are case-sensitive: did you mean '" + known + "'?)")
                .orElse("");
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the string \"" + text + "\"";
        }
        return value == null ? "nothing" : "the " + value.getClass().getSimpleName() + " " + value;
    }
}
