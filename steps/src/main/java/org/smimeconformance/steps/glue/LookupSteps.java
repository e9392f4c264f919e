package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioDirectories;

/**
 * A certificate lookup (LDAP-5) and what the directories saw of it: which were asked and in what
 * order, how Outlook bound to the LDAP directory and what it searched for, read from the fakes'
 * journal, never from what Outlook says about itself.
 */
public final class LookupSteps {

    private final OutlookDevice device;
    private final OutlookAnswers answers;
    private final ScenarioDirectories directories;

    public LookupSteps(OutlookDevice device, OutlookAnswers answers, ScenarioDirectories directories) {
        this.device = device;
        this.answers = answers;
        this.directories = directories;
    }

    @When("Outlook looks up the certificate of {address}")
    public void looksUp(String address) {
        answers.lookup(device.ask().lookup().find(address));
    }

    /** Any text at all as the address, e.g. an attempt to widen an LDAP search. */
    @When("Outlook looks up the certificate of {string}")
    public void looksUpText(String address) {
        looksUp(address);
    }

    @Then("the lookup finds {certificate} in {directory}")
    public void findsIn(String certificate, LookupSource directory) {
        assertThat(answers.lookup().outcome()).hasCode(OutcomeCode.CERT_FOUND);
        assertThat(answers.lookup().certificate().map(device::nameOf)).as("the certificate found").contains(certificate);
        assertThat(answers.lookup().source()).as("where it was found").contains(directory);
    }

    @Then("no directory was asked")
    public void noDirectory() {
        assertThat(directories.directoriesAsked()).as("the directories asked, as they saw it").isEmpty();
    }

    @Then("only the Global Address List was asked")
    public void onlyGal() {
        assertThat(directories.directoriesAsked()).as("the directories asked, as they saw it")
                .containsExactly(Service.GLOBAL_ADDRESS_LIST);
    }

    /** Each asked at least once, and every request to the Global Address List before any to the LDAP directory. */
    @Then("the Global Address List was asked first, then the LDAP directory")
    public void galThenLdap() {
        assertThat(directories.directoriesAskedInTurn()).as("the directories asked, in turns, as they saw it")
                .containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP);
    }

    @Then("the LDAP directory was never asked")
    public void ldapNeverAsked() {
        assertThat(directories.journal().entries(Service.LDAP)).as("what the LDAP directory saw").isEmpty();
    }

    @Then("the LDAP directory was asked")
    public void ldapAsked() {
        assertThat(directories.journal().entries(Service.LDAP)).as("what the LDAP directory saw").isNotEmpty();
    }

    /** Every connection the LDAP directory saw reached its listener for that scheme ({@code ldap} or {@code ldaps}). */
    @Then("Outlook connected to the LDAP directory over {word} only")
    public void connectedOver(String scheme) {
        assertThat(directories.ldapConnections()).as("the connections the LDAP directory saw").isNotEmpty().containsOnly(scheme);
    }

    /** Each was named by a request the Global Address List saw. */
    @Then("the Global Address List was asked about {addresses}")
    public void galAskedAbout(List<String> addresses) {
        assertThat(addresses).as("the addresses the Global Address List was asked about").allMatch(directories::galAskedAbout);
    }

    /** LDAP-2: connected at least once, and no bind named anyone. */
    @Then("Outlook bound to the LDAP directory anonymously, never with a name")
    public void anonymous() {
        assertThat(directories.ldapConnections()).as("the connections the LDAP directory saw").isNotEmpty();
        assertThat(directories.ldapBinds()).as("the names of the binds the LDAP directory saw").allMatch(String::isEmpty);
    }

    /** Every search asks for the address exactly ({@code LdapSearchFilter#asksOnlyFor}), and one searches rather than reads the root. */
    @Then("every search the LDAP directory saw asked for exactly {string}")
    public void searchedExactly(String address) {
        assertThat(directories.ldapSearches()).as("the searches the LDAP directory saw").isNotEmpty()
                .allMatch(search -> search.asksOnlyFor(address), "asks for " + address + " and nothing else")
                .anyMatch(search -> !search.readsTheRoot());
    }
}
