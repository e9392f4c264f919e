package org.smimeconformance.contract.settings;

import java.util.Map;

/**
 * The key/value dictionary of an app configuration policy as an MDM delivers it, with the keys of
 * the Outlook documentation ({@code com.microsoft.outlook.Mail.SMIMEEnabled} and its companions).
 * Values stay as delivered (strings, booleans) so that a wrong type can be judged.
 */
public record ManagedConfiguration(Map<String, Object> values) {

    public ManagedConfiguration {
        values = Map.copyOf(values);
    }
}
