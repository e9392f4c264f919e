package org.smimeconformance.steps.world;

import java.util.Map;
import java.util.Optional;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.settings.CertificateDeployment;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyResult;

/**
 * The MDM (Microsoft Endpoint Manager, or another) as Outlook sees it: it delivers app
 * configuration policies to Outlook on a device, and what Outlook answered is kept in
 * {@link OutlookAnswers}. One per scenario; not thread-safe.
 */
public final class Mdm {

    private final OutlookDevice device;
    private final UserDevices devices;
    private final OutlookAnswers answers;

    public Mdm(OutlookDevice device, UserDevices devices, OutlookAnswers answers) {
        this.device = device;
        this.devices = devices;
        this.answers = answers;
    }

    /** Delivers the policy to Outlook on the scenario's device. */
    public PolicyResult deliver(ManagedConfiguration configuration) {
        return deliver(device.name(), configuration);
    }

    /** Delivers the policy to Outlook on the device. */
    public PolicyResult deliver(DeviceName to, ManagedConfiguration configuration) {
        PolicyResult result = devices.ask(to).settings().applyManagedConfiguration(configuration);
        answers.policy(result);
        return result;
    }

    /**
     * Delivers the policy to Outlook on the scenario's device, for a "Given" step that needs it applied.
     *
     * @param what the policy in words, for the message when Outlook does not apply it
     * @throws AssertionError when Outlook does not apply it
     */
    public void deliverApplied(ManagedConfiguration configuration, String what) {
        PolicyResult result = deliver(configuration);
        if (result.outcome().code() != OutcomeCode.POLICY_APPLIED) {
            throw new AssertionError("Outlook did not apply " + what + ": " + result.outcome() + " " + result.problems());
        }
    }

    /** Delivers a policy naming the LDAP endpoint, as the value of its key (LDAP-3), and needs it applied. */
    public void deliverLdapEndpoint(String endpoint) {
        deliverApplied(ManagedConfiguration.of(Map.of(ManagedSetting.LDAP_HOST_NAME, endpoint)),
                "the policy naming the LDAP endpoint " + endpoint);
    }

    /**
     * Delivers Enable S/MIME Yes with the deployment settings of iOS step 12 to 15, which have no
     * configuration key: Deploy S/MIME certificates from Intune Yes, SCEP for signing, PKCS imported
     * certificates for encryption, Company Portal notifications.
     */
    public PolicyResult deliverDeploymentFromIntune(DeviceName to) {
        return deliver(to, new ManagedConfiguration(Map.of(ManagedSetting.SMIME.key(), true),
                Optional.of(new CertificateDeployment(true, CertificateDeployment.SigningProfile.SCEP,
                        CertificateDeployment.EncryptionProfile.PKCS_IMPORTED, Notification.COMPANY_PORTAL))));
    }
}
