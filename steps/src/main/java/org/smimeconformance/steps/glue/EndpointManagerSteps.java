package org.smimeconformance.steps.glue;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.steps.world.DesignerSetting;
import org.smimeconformance.steps.world.EndpointManager;

/**
 * What the administrator set up in Microsoft Endpoint Manager: the prerequisites of automated
 * delivery (AUTO-8), imported certificates (AUTO-4), the certification authorities behind SCEP and
 * derived credentials, Azure AD groups, the Outlook app configuration policies and the certificate
 * profiles assigned to them (POL-4..9).
 */
public final class EndpointManagerSteps {

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

    /** The policy as the designer shows it, one row per setting: the label and the choice ({@link DesignerSetting}). */
    @Given("the {policyPlatform} app configuration policy {string} for Microsoft Outlook is assigned to the group {string} with:")
    public void policy(String platform, String name, String group, List<DesignerSetting> settings) {
        endpointManager.addPolicy(platform, name, group, settings);
    }

    @Given("a {profileType} certificate profile for {profilePurpose} on {policyPlatform} is assigned to the group {string}")
    public void profile(String type, String purpose, String platform, String group) {
        endpointManager.addProfile(type, purpose, platform, group);
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
}
