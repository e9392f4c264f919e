package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.fakes.journal.Journal;
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
        LookupResult found = answers.lookup();
        assertThat(found.outcome().code()).as(found.outcome().message()).isEqualTo(OutcomeCode.CERT_FOUND);
        assertThat(found.certificate().map(device::nameOf)).as("the certificate found").contains("\"" + certificate + "\"");
        assertThat(found.source()).as("where it was found").contains(directory);
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

    /** Each asked at least once, the Global Address List first (the first time each was asked). */
    @Then("the Global Address List was asked first, then the LDAP directory")
    public void galThenLdap() {
        assertThat(directories.directoriesAsked()).as("the directories asked, in the order they saw it")
                .containsExactly(Service.GLOBAL_ADDRESS_LIST, Service.LDAP);
        List<Service> seen = directories.journal().services();
        assertThat(seen.lastIndexOf(Service.GLOBAL_ADDRESS_LIST)).as("the Global Address List asked again after LDAP: %s", seen)
                .isLessThan(seen.indexOf(Service.LDAP));
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
        assertThat(directories.journal().entries(Service.LDAP)).filteredOn(entry -> entry.operation().equals("connect"))
                .as("the connections the LDAP directory saw").isNotEmpty()
                .extracting(Journal.Entry::asked).containsOnly(scheme);
    }

    /** Every request the Global Address List saw names one of them, and each was named at least once. */
    @Then("the Global Address List was asked about {addresses}")
    public void galAskedAbout(List<String> addresses) {
        List<String> asked = directories.journal().entries(Service.GLOBAL_ADDRESS_LIST).stream()
                .map(Journal.Entry::asked).map(path -> path.toLowerCase(Locale.ROOT)).toList();
        for (String address : addresses) {
            assertThat(asked).as("the requests of the Global Address List").anyMatch(path -> path.contains(address.toLowerCase(Locale.ROOT)));
        }
    }

    /** LDAP-2: connected at least once, and no bind named anyone. */
    @Then("Outlook bound to the LDAP directory anonymously, never with a name")
    public void anonymous() {
        List<Journal.Entry> seen = directories.journal().entries(Service.LDAP);
        assertThat(seen).as("what the LDAP directory saw").anyMatch(entry -> entry.operation().equals("connect"));
        assertThat(seen).filteredOn(entry -> entry.operation().equals("bind")).as("the binds the LDAP directory saw")
                .allMatch(entry -> entry.asked().isEmpty());
    }

    /**
     * Every search filter the directory saw is made of equality tests whose value is the address
     * exactly (or of objectClass tests, to read the directory's root): no wildcard, no substring,
     * no other value, so the address never widened a search.
     */
    @Then("every search the LDAP directory saw asked for exactly {string}")
    public void searchedExactly(String address) {
        List<String> filters = directories.journal().entries(Service.LDAP).stream()
                .filter(entry -> entry.operation().equals("search")).map(Journal.Entry::asked).toList();
        assertThat(filters).as("the searches the LDAP directory saw").isNotEmpty();
        for (String text : filters) {
            Filter filter;
            try {
                filter = Filter.create(text);
            } catch (LDAPException e) {
                throw new AssertionError("the LDAP directory saw a filter it cannot read: " + text, e);
            }
            assertThat(onlyThe(filter, address)).as("the filter %s asks for %s and nothing else", text, address).isTrue();
        }
        assertThat(filters).as("a search for the address").anyMatch(text -> !text.equalsIgnoreCase("(objectClass=*)"));
    }

    private static boolean onlyThe(Filter filter, String address) {
        return switch (filter.getFilterType()) {
            case Filter.FILTER_TYPE_AND, Filter.FILTER_TYPE_OR -> List.of(filter.getComponents()).stream()
                    .allMatch(component -> onlyThe(component, address));
            case Filter.FILTER_TYPE_NOT -> onlyThe(filter.getNOTComponent(), address);
            case Filter.FILTER_TYPE_EQUALITY -> filter.getAttributeName().equalsIgnoreCase("objectClass")
                    || address.equals(filter.getAssertionValue());
            case Filter.FILTER_TYPE_PRESENCE -> filter.getAttributeName().equalsIgnoreCase("objectClass");
            default -> false;
        };
    }
}
