package org.smimeconformance.contract.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An app configuration policy as an MDM delivers it to Outlook.
 *
 * @param values     the key/value dictionary with the keys of the Outlook documentation
 *                   ({@code com.microsoft.outlook.Mail.SMIMEEnabled} and its companions); values stay
 *                   as delivered (Boolean, String, number) so that a wrong type can be judged
 * @param deployment the Endpoint Manager designer settings that have no documented key (iOS only:
 *                   deploy certificates from Intune, profile types, notifications); empty when the
 *                   policy does not set them
 */
public record ManagedConfiguration(Map<String, Object> values, Optional<CertificateDeployment> deployment) {

    public ManagedConfiguration {
        values = Map.copyOf(values);
        Objects.requireNonNull(deployment, "deployment");
    }

    /** A policy of keys and values only. */
    public static ManagedConfiguration of(Map<String, Object> values) {
        return new ManagedConfiguration(values, Optional.empty());
    }
}
