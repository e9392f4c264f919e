package org.smimeconformance.engine.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.CertificateDeployment;

/**
 * An app configuration policy that was read without a problem, every unset key at its documented
 * default. Immutable.
 *
 * @param settings     each of the three settings with its value and "allow user to change"
 * @param ldapEndpoint the LDAP endpoint, when the policy names one (LDAP-3)
 * @param deployment   the iOS designer settings without a key, as delivered
 */
public record ManagedPolicy(Map<SmimeSetting, ManagedSetting> settings, Optional<LdapEndpoint> ldapEndpoint,
                            Optional<CertificateDeployment> deployment) {

    public ManagedPolicy {
        EnumMap<SmimeSetting, ManagedSetting> all = new EnumMap<>(SmimeSetting.class);
        all.putAll(settings);
        for (SmimeSetting setting : SmimeSetting.values()) {
            all.putIfAbsent(setting, new ManagedSetting(SmimeSetting.APP_DEFAULT, SmimeSetting.USER_CHANGE_ALLOWED_DEFAULT));
        }
        settings = Map.copyOf(all);
        Objects.requireNonNull(ldapEndpoint, "ldapEndpoint");
        Objects.requireNonNull(deployment, "deployment");
    }

    public ManagedSetting setting(SmimeSetting setting) {
        return settings.get(setting);
    }
}
