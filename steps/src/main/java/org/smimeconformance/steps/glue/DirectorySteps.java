package org.smimeconformance.steps.glue;

import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyResult;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioDirectories;
import org.smimeconformance.steps.world.ScenarioDirectories.Attribute;
import org.smimeconformance.steps.world.ScenarioDirectories.EndpointForm;

/**
 * The directories around the app: what the Global Address List (Azure Active Directory) and the
 * LDAP directory publish, the distribution groups, how the directories misbehave, and the LDAP
 * endpoint the app configuration policy delivers (LDAP-3).
 */
public final class DirectorySteps {

    private static final String LDAP_HOST_NAME = "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName";

    private final ScenarioDirectories directories;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public DirectorySteps(ScenarioDirectories directories, OutlookDevice device, OutlookAnswers answers) {
        this.directories = directories;
        this.device = device;
        this.answers = answers;
    }

    /** As {@code userCertificate}; in LDAP {@code userCertificate;binary}. */
    @Given("{directory} publishes the certificate {certificate} for {address}")
    public void publishes(LookupSource directory, String certificate, String address) {
        publish(directory, address, certificate, Attribute.USER_CERTIFICATE);
    }

    @Given("{directory} publishes the certificate {certificate} for {address} as its userSMIMECertificate")
    public void publishesSmime(LookupSource directory, String certificate, String address) {
        publish(directory, address, certificate, Attribute.USER_SMIME_CERTIFICATE);
    }

    /** Each as {@code userCertificate}, in the order given. */
    @Given("{directory} publishes the certificates {certificates} for {address}")
    public void publishesSeveral(LookupSource directory, List<String> certificates, String address) {
        certificates.forEach(certificate -> publish(directory, address, certificate, Attribute.USER_CERTIFICATE));
    }

    @Given("the Global Address List lists {address} with no certificate")
    public void listedWithout(String address) {
        directories.galUser(address);
    }

    /** The direct members, users or groups, as the group lists them; duplicates and cycles as stated. */
    @Given("the distribution group {address} has the members {addresses}")
    public void group(String group, List<String> members) {
        directories.group(group, members);
    }

    @Given("the distribution group {address} has {int} members in groups nested {int} deep, none with a certificate")
    public void nestedGroup(String group, int size, int depth) {
        directories.nestedGroup(group, size, depth);
    }

    @Given("Outlook expands distribution groups nested at most {int} deep")
    public void nestingDepth(int depth) {
        directories.nestingDepth(depth);
    }

    @Given("the Global Address List {fault}")
    public void galFails(EndpointFault fault) {
        directories.galFails(fault);
    }

    @Given("the LDAP directory {ldapFault}")
    public void ldapFails(LdapFault fault) {
        directories.ldapFails(fault);
    }

    /** The directory's TLS root joins the virtual certificate collection; say so before Outlook is first used. */
    @Given("the root of the LDAP directory's TLS certificate is in the virtual certificate collection")
    public void trustTlsRoot() {
        directories.trustLdapTlsRoot();
    }

    /** {@code ldap://host:port}: the directory's plain listener. */
    @Given("the MDM has delivered the LDAP directory as Outlook's LDAP endpoint")
    public void endpoint() {
        deliver(directories.ldapEndpoint(EndpointForm.LDAP_URL));
    }

    /** {@code ldaps://host:port}: the directory's TLS listener. */
    @Given("the MDM has delivered the LDAP directory as Outlook's LDAP endpoint over ldaps")
    public void endpointOverTls() {
        deliver(directories.ldapEndpoint(EndpointForm.LDAPS_URL));
    }

    /** The directory's own host and port put into the form. */
    @Given("the MDM has delivered the LDAP directory's address written as {endpointForm}")
    public void endpointWritten(EndpointForm form) {
        deliver(directories.ldapEndpoint(form));
    }

    private void publish(LookupSource directory, String address, String certificate, Attribute attribute) {
        if (directory == LookupSource.GLOBAL_ADDRESS_LIST) {
            directories.galCertificate(address, certificate, attribute);
        } else {
            directories.ldapCertificate(address, certificate, attribute);
        }
    }

    private void deliver(String endpoint) {
        PolicyResult result = device.ask().settings().applyManagedConfiguration(
                ManagedConfiguration.of(Map.of(LDAP_HOST_NAME, endpoint)));
        answers.policy(result);
        if (result.outcome().code() != OutcomeCode.POLICY_APPLIED) {
            throw new AssertionError("Outlook did not apply the policy naming the LDAP endpoint " + endpoint + ": "
                    + result.outcome() + " " + result.problems());
        }
    }
}
