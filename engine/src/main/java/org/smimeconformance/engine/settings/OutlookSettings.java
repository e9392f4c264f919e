package org.smimeconformance.engine.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.AppSettings;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyProblem;
import org.smimeconformance.contract.settings.PolicyResult;
import org.smimeconformance.engine.identity.AddressComparison;

/**
 * The settings of Outlook on one device: its account profiles, each account's S/MIME settings as the
 * user set them, the app configuration policy applied last, and Organize By Thread for the whole app
 * (CLIENT, POL-1..3, POL-10, LDAP-3).
 *
 * <p>A fresh install has S/MIME, Sign all emails and Encrypt all emails off for every account and
 * Organize By Thread on. The value in force of each setting comes from the {@link ManagedValueRule};
 * whenever S/MIME goes from off to on for an account, by the user, by a policy or by adding an account
 * under a policy that enables it, the {@link OrganizeByThreadRule} is asked what becomes of threading.
 * An account is named by its primary SMTP address, compared as {@link AddressComparison} does; a
 * proxy address names no account. On Android, a policy that carries the iOS designer's certificate
 * deployment settings is refused (POL-9: the Android policy has no "Deploy S/MIME certificates from
 * Intune"); on iOS they are kept with the policy for Company Portal.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public final class OutlookSettings implements AppSettings {

    /** The designer label a refused certificate deployment is named by, as it has no configuration key. */
    public static final String DEPLOY_FROM_INTUNE = "Deploy S/MIME certificates from Intune";

    private final ManagedValueRule managedValues;
    private final OrganizeByThreadRule organizeByThreadRule;
    private final Optional<Platform> platform;
    private final ManagedConfigurationReader reader = new ManagedConfigurationReader();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Map<SmimeSetting, Boolean>> userChoices = new LinkedHashMap<>();
    private Optional<ManagedPolicy> policy = Optional.empty();
    private boolean organizeByThread = true;

    /** Settings that do not know their platform: the certificate deployment settings are kept on any. */
    public OutlookSettings(ManagedValueRule managedValues, OrganizeByThreadRule organizeByThreadRule) {
        this(managedValues, organizeByThreadRule, Optional.empty());
    }

    /** Settings of Outlook on a device of this platform. */
    public OutlookSettings(ManagedValueRule managedValues, OrganizeByThreadRule organizeByThreadRule, Platform platform) {
        this(managedValues, organizeByThreadRule, Optional.of(platform));
    }

    private OutlookSettings(ManagedValueRule managedValues, OrganizeByThreadRule organizeByThreadRule,
                            Optional<Platform> platform) {
        this.managedValues = Objects.requireNonNull(managedValues, "managedValues");
        this.organizeByThreadRule = Objects.requireNonNull(organizeByThreadRule, "organizeByThreadRule");
        this.platform = platform;
    }

    /**
     * Sets up an account profile. The same primary SMTP address again updates its proxy addresses and
     * keeps its settings.
     *
     * @return {@code OK}, or {@code UNKNOWN_ACCOUNT} when the primary SMTP address is not an address
     */
    public Outcome addAccount(Account account) {
        Optional<String> key = AddressComparison.canonical(account.primarySmtpAddress());
        if (key.isEmpty()) {
            return Outcome.of(OutcomeCode.UNKNOWN_ACCOUNT, "'" + account.primarySmtpAddress()
                    + "' is not a mail address, so no account can have it as its primary SMTP address");
        }
        boolean known = accounts.containsKey(key.get());
        reactingToSmime(() -> accounts.put(key.get(), account));
        return Outcome.of(OutcomeCode.OK, (known ? "account updated: " : "account added: ") + account.primarySmtpAddress()
                + (accounts.size() > 1 ? " (" + accounts.size() + " accounts in the app)" : ""));
    }

    /** The account whose primary SMTP address this is, if one is set up. */
    public Optional<Account> account(String primarySmtpAddress) {
        return AddressComparison.canonical(primarySmtpAddress).map(accounts::get);
    }

    /** Every account of the app, in the order they were added. */
    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public boolean smimeEnabled(String primarySmtpAddress) {
        return state(primarySmtpAddress, SmimeSetting.ENABLE_SMIME).map(SettingState::value).orElse(false);
    }

    @Override
    public Outcome setSmimeEnabled(String primarySmtpAddress, boolean enabled) {
        return userSets(primarySmtpAddress, SmimeSetting.ENABLE_SMIME, enabled);
    }

    @Override
    public boolean organizeByThread() {
        return organizeByThread;
    }

    @Override
    public boolean signsAutomatically(String primarySmtpAddress) {
        return state(primarySmtpAddress, SmimeSetting.SIGN_ALL_MAIL).map(SettingState::value).orElse(false);
    }

    @Override
    public Outcome setSignAutomatically(String primarySmtpAddress, boolean enabled) {
        return userSets(primarySmtpAddress, SmimeSetting.SIGN_ALL_MAIL, enabled);
    }

    @Override
    public boolean encryptsAutomatically(String primarySmtpAddress) {
        return state(primarySmtpAddress, SmimeSetting.ENCRYPT_ALL_MAIL).map(SettingState::value).orElse(false);
    }

    @Override
    public Outcome setEncryptAutomatically(String primarySmtpAddress, boolean enabled) {
        return userSets(primarySmtpAddress, SmimeSetting.ENCRYPT_ALL_MAIL, enabled);
    }

    /** Reads the policy; a policy with any problem changes nothing. A sound one replaces the one before. */
    @Override
    public PolicyResult applyManagedConfiguration(ManagedConfiguration configuration) {
        PolicyReading reading = reader.read(configuration);
        List<PolicyProblem> problems = new ArrayList<>(reading.problems());
        if (platform.equals(Optional.of(Platform.ANDROID)) && configuration.deployment().isPresent()) {
            problems.add(new PolicyProblem(DEPLOY_FROM_INTUNE, OutcomeCode.POLICY_WRONG_PLATFORM, "the Outlook policy "
                    + "for Android has no \"" + DEPLOY_FROM_INTUNE + "\" and no certificate profile types: on Android "
                    + "certificates come from SCEP or PKCS certificate profiles assigned to the users"));
        }
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                    + (problems.size() > 2 ? "s" : "") + ")" : "";
            return new PolicyResult(Outcome.of(first.code(), "the app configuration policy was refused as a whole, "
                    + "nothing of it applied: " + first.message() + more), problems);
        }
        reactingToSmime(() -> policy = reading.policy());
        return new PolicyResult(Outcome.of(OutcomeCode.POLICY_APPLIED, "the app configuration policy was applied to "
                + accounts.size() + " account" + (accounts.size() == 1 ? "" : "s")), List.of());
    }

    @Override
    public Optional<LdapEndpoint> ldapEndpoint() {
        return policy.flatMap(ManagedPolicy::ldapEndpoint);
    }

    /** The app configuration policy applied last, if any. */
    public Optional<ManagedPolicy> managedPolicy() {
        return policy;
    }

    private Outcome userSets(String primarySmtpAddress, SmimeSetting setting, boolean value) {
        Optional<String> key = AddressComparison.canonical(primarySmtpAddress);
        if (key.isEmpty() || !accounts.containsKey(key.get())) {
            return Outcome.of(OutcomeCode.UNKNOWN_ACCOUNT, "no account with the primary SMTP address '"
                    + primarySmtpAddress + "' is set up in the app");
        }
        SettingState now = state(key.get(), setting).orElseThrow();
        if (now.locked()) {
            return Outcome.of(OutcomeCode.SETTING_LOCKED, setting.label() + " is " + (now.value() ? "on" : "off")
                    + " and the app configuration policy does not allow the user to change it ("
                    + setting.userChangeAllowedKey() + " false)");
        }
        reactingToSmime(() -> userChoices.computeIfAbsent(key.get(), k -> new EnumMap<>(SmimeSetting.class))
                .put(setting, value));
        return Outcome.of(OutcomeCode.OK, setting.label() + " turned " + (value ? "on" : "off") + " for "
                + primarySmtpAddress);
    }

    private Optional<SettingState> state(String primarySmtpAddress, SmimeSetting setting) {
        return AddressComparison.canonical(primarySmtpAddress)
                .filter(accounts::containsKey)
                .map(key -> managedValues.resolve(SmimeSetting.APP_DEFAULT,
                        Optional.ofNullable(userChoices.getOrDefault(key, Map.of()).get(setting)),
                        policy.map(p -> p.setting(setting))));
    }

    /** Makes a change, then tells the Organize By Thread rule about every account S/MIME came on for. */
    private void reactingToSmime(Runnable change) {
        Set<String> before = smimeOn();
        change.run();
        List<String> cameOn = new ArrayList<>(smimeOn());
        cameOn.removeAll(before);
        for (String key : cameOn) {
            organizeByThread = organizeByThreadRule.whenSmimeComesOn(organizeByThread,
                    accounts.get(key).primarySmtpAddress());
        }
    }

    private Set<String> smimeOn() {
        Set<String> on = new LinkedHashSet<>();
        for (String key : accounts.keySet()) {
            if (smimeEnabled(key)) {
                on.add(key);
            }
        }
        return on;
    }
}
