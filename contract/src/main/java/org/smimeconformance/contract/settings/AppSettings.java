package org.smimeconformance.contract.settings;

import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.lookup.LdapEndpoint;

/**
 * The app's own settings and the managed app configuration that meets them (CLIENT, POL).
 * Settings are per account unless said otherwise.
 */
public interface AppSettings {

    /** S/MIME is off on a fresh install (CLIENT-1). */
    boolean smimeEnabled(String primarySmtpAddress);

    /** The user's toggle under account settings &gt; Security (CLIENT-2); refused when the
     * policy locks it (POL-1). */
    Outcome setSmimeEnabled(String primarySmtpAddress, boolean enabled);

    /** Organize By Thread, an app-wide setting that S/MIME turns off (CLIENT-3). */
    boolean organizeByThread();

    boolean signsAutomatically(String primarySmtpAddress);

    /** The user's "sign automatically" choice (CLIENT-5), subject to POL-3. */
    Outcome setSignAutomatically(String primarySmtpAddress, boolean enabled);

    boolean encryptsAutomatically(String primarySmtpAddress);

    /** The user's "encrypt automatically" choice (CLIENT-5), subject to POL-2. */
    Outcome setEncryptAutomatically(String primarySmtpAddress, boolean enabled);

    /**
     * Applies the app configuration an MDM delivered (POL-1..3, POL-10, LDAP-3) to every account of
     * the app. A policy with any problem is refused as a whole and changes nothing.
     */
    PolicyResult applyManagedConfiguration(ManagedConfiguration configuration);

    /** The LDAP endpoint the managed app configuration delivered, if any (LDAP-3, LDAP-4). */
    Optional<LdapEndpoint> ldapEndpoint();
}
