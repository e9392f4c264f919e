package org.smimeconformance.steps.glue;

import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;
import org.smimeconformance.fakes.intune.CertificateProfile;
import org.smimeconformance.steps.world.EndpointManager;
import org.smimeconformance.steps.world.ManagedSetting;

/**
 * What the administrator set up in Microsoft Endpoint Manager: the prerequisites of automated
 * delivery (AUTO-8), imported certificates (AUTO-4), the certification authorities behind SCEP and
 * derived credentials, Azure AD groups, the Outlook app configuration policies and the certificate
 * profiles assigned to them (POL-4..9).
 */
public final class EndpointManagerSteps {

    private static final String DEPLOY = "Deploy S/MIME certificates from Intune";
    private static final String SIGNING = "Signing certificates: Certificate profile type";
    private static final String ENCRYPTION = "Encryption certificates: Certificate profile type";
    private static final String NOTIFICATIONS = "End-user notifications";
    private static final String ALLOW = ": allow user to change";

    private final EndpointManager endpointManager;

    public EndpointManagerSteps(EndpointManager endpointManager) {
        this.endpointManager = endpointManager;
    }

    @Given("Endpoint Manager deploys {ca} as a trusted root certificate")
    public void trustedRoot(String ca) {
        endpointManager.deployTrustedRoot(ca);
    }

    /** Says in words what a fresh tenant already is. */
    @Given("no trusted root certificate is deployed via Endpoint Manager")
    public void noTrustedRoot() {
        // a fresh tenant deploys none
    }

    @Given("the PFX Certificate Connector for Microsoft Intune is installed")
    public void connector() {
        endpointManager.pfxConnectorInstalled(true);
    }

    @Given("the PFX Certificate Connector for Microsoft Intune is not installed")
    public void noConnector() {
        endpointManager.pfxConnectorInstalled(false);
    }

    @Given("the administrator imported the certificate {certificate} into Endpoint Manager for {address}")
    public void imported(String certificate, String address) {
        endpointManager.importCertificate(certificate, address);
    }

    /** One certificate name per row, imported in that order. */
    @Given("the administrator imported these certificates into Endpoint Manager for {address}:")
    public void importedAll(String address, List<String> certificates) {
        certificates.forEach(certificate -> endpointManager.importCertificate(certificate, address));
    }

    /** Says in words what a fresh tenant already is. */
    @Given("no encryption certificate of {address} is imported into Endpoint Manager")
    public void nothingImported(String address) {
        // a fresh tenant holds none
    }

    @Given("{ca} issues the SCEP certificates of Endpoint Manager")
    public void scep(String ca) {
        endpointManager.scepIssuer(ca);
    }

    @Given("{ca} issues the derived credentials of Endpoint Manager")
    public void derivedCredentials(String ca) {
        endpointManager.derivedCredentialIssuer(ca);
    }

    @Given("{address} holds a smart card that the derived credential issuer accepts")
    public void smartCard(String address) {
        endpointManager.offerDerivedCredential(address);
    }

    @Given("{address} is a member of the Azure AD group {string}")
    public void member(String address, String group) {
        endpointManager.addMember(group, address);
    }

    /**
     * The policy as the designer shows it, one row per setting: the label and the choice. Enable
     * S/MIME, Encrypt all emails and Sign all emails (with ": allow user to change") take Yes or No,
     * LDAP endpoint a host; the certificate settings take the designer's words.
     */
    @Given("the {policyPlatform} app configuration policy {string} for Microsoft Outlook is assigned to the group {string} with:")
    public void policy(String platform, String name, String group, DataTable settings) {
        AppConfigurationPolicy policy = AppConfigurationPolicy.forOutlook(name, platform).assignedTo(group);
        for (List<String> row : settings.asLists()) {
            policy = setting(policy, row.get(0).strip(), row.get(1).strip());
        }
        endpointManager.add(policy);
    }

    @Given("a {profileType} certificate profile for {profilePurpose} on {policyPlatform} is assigned to the group {string}")
    public void profile(String type, String purpose, String platform, String group) {
        endpointManager.add(new CertificateProfile(type + " " + purpose + " (" + platform + ")", platform, type, purpose,
                List.of(group)));
    }

    @Given("Endpoint Manager {fault}")
    public void fails(EndpointFault fault) {
        endpointManager.fail(fault);
    }

    @Given("Endpoint Manager keeps the SCEP requests it receives pending")
    public void holdScep() {
        endpointManager.holdScepIssuance();
    }

    @When("Endpoint Manager issues the pending SCEP certificates")
    public void releaseScep() {
        endpointManager.releaseScepIssuance();
    }

    private static AppConfigurationPolicy setting(AppConfigurationPolicy policy, String label, String value) {
        for (ManagedSetting setting : ManagedSetting.values()) {
            if (label.equals(setting.designerLabel())) {
                return policy.withSetting(setting.key(), yesNo(label, value));
            }
            if (label.equals(setting.designerLabel() + ALLOW)) {
                return policy.withSetting(setting.userChangeAllowedKey(), yesNo(label, value));
            }
        }
        return switch (label) {
            case "LDAP endpoint" -> policy.withSetting(ManagedSetting.LDAP_HOST_NAME, value);
            case DEPLOY -> policy.withSmimeCertificateSetting("deployFromIntune", yesNo(label, value));
            case SIGNING -> policy.withSmimeCertificateSetting("signingCertificateType", value);
            case ENCRYPTION -> policy.withSmimeCertificateSetting("encryptionCertificateType", value);
            case NOTIFICATIONS -> policy.withSmimeCertificateSetting("endUserNotification", value);
            default -> throw new IllegalArgumentException("the Outlook S/MIME settings have no \"" + label + "\"; known: "
                    + "Enable S/MIME, Encrypt all emails, Sign all emails (each also with \"" + ALLOW + "\"), LDAP "
                    + "endpoint, " + DEPLOY + ", " + SIGNING + ", " + ENCRYPTION + ", " + NOTIFICATIONS);
        };
    }

    private static Boolean yesNo(String label, String value) {
        return switch (value) {
            case "Yes" -> true;
            case "No" -> false;
            default -> throw new IllegalArgumentException(label + " is Yes or No in the designer, not " + value);
        };
    }
}
