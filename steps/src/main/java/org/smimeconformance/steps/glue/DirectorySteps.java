package org.smimeconformance.steps.glue;

import java.util.List;

import io.cucumber.java.en.Given;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.steps.world.Mdm;
import org.smimeconformance.steps.world.ScenarioDirectories;
import org.smimeconformance.steps.world.ScenarioDirectories.Attribute;
import org.smimeconformance.steps.world.ScenarioDirectories.EndpointForm;

/**
 * The directories around the app: what the Global Address List (Azure Active Directory) and the
 * LDAP directory publish, the distribution groups, how the directories misbehave, and the LDAP
 * endpoint the app configuration policy delivers (LDAP-3).
 */
public final class DirectorySteps {

    private final ScenarioDirectories directories;
    private final Mdm mdm;

    public DirectorySteps(ScenarioDirectories directories, Mdm mdm) {
        this.directories = directories;
        this.mdm = mdm;
    }

    /** As {@code userCertificate}; in LDAP {@code userCertificate;binary}. */
    @Given("{directory} publishes the certificate {certificate} for {address}")
    public void publishes(LookupSource directory, String certificate, String address) {
        directories.declareCertificate(directory, address, certificate, Attribute.USER_CERTIFICATE);
    }

    @Given("{directory} publishes the certificate {certificate} for {address} as its userSMIMECertificate")
    public void publishesSmime(LookupSource directory, String certificate, String address) {
        directories.declareCertificate(directory, address, certificate, Attribute.USER_SMIME_CERTIFICATE);
    }

    /** Each as {@code userCertificate}, in the order given. */
    @Given("{directory} publishes the certificates {certificates} for {address}")
    public void publishesSeveral(LookupSource directory, List<String> certificates, String address) {
        certificates.forEach(certificate -> directories.declareCertificate(directory, address, certificate, Attribute.USER_CERTIFICATE));
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
        mdm.deliverLdapEndpoint(directories.ldapEndpoint(EndpointForm.LDAP_URL));
    }

    /** {@code ldaps://host:port}: the directory's TLS listener. */
    @Given("the MDM has delivered the LDAP directory as Outlook's LDAP endpoint over ldaps")
    public void endpointOverTls() {
        mdm.deliverLdapEndpoint(directories.ldapEndpoint(EndpointForm.LDAPS_URL));
    }

    /** The directory's own host and port put into the form. */
    @Given("the MDM has delivered the LDAP directory's address written as {endpointForm}")
    public void endpointWritten(EndpointForm form) {
        mdm.deliverLdapEndpoint(directories.ldapEndpoint(form));
    }
}
