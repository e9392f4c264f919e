package org.smimeconformance.engine.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.mail.RecipientCertificates;

/**
 * The recipients of an encrypted message, evaluated before it is sent (SEND-8): distribution groups
 * expanded (SEND-4, {@link GroupExpansion}), then each person's certificate looked up in the
 * recipient order of the {@link DirectoryParts}: the Global Address List first, then the device
 * (SEND-9), then the LDAP endpoint when the policy names one (LDAP-1). Every certificate is judged
 * by the {@link CandidateCheck} before it is used. Nothing is sent here.
 *
 * <p>Each evaluation asks the Global Address List afresh; within one, what it said about a user
 * while expanding is not asked again. Owned by one device; not thread-safe.
 */
public final class RecipientCertificateResolver implements RecipientCertificates {

    private final GlobalAddressListClient gal;
    private final Function<GlobalAddressListSource, CertificateFinder> finder;
    private final List<LookupSource> order;
    private final int maxGroupNestingDepth;
    private final int maxGroupMembers;

    /**
     * @param gal                  the Global Address List client, for groups and their members
     * @param finder               makes a finder over the sources, given the evaluation's Global
     *                             Address List source (which remembers what expansion learnt)
     * @param order                the order in which each person's certificate is looked for
     * @param maxGroupNestingDepth how deep nested groups are expanded
     * @param maxGroupMembers      the most members read from the groups of one message
     */
    RecipientCertificateResolver(GlobalAddressListClient gal, Function<GlobalAddressListSource, CertificateFinder> finder,
                                 List<LookupSource> order, int maxGroupNestingDepth, int maxGroupMembers) {
        this.gal = Objects.requireNonNull(gal, "gal");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.order = List.copyOf(order);
        this.maxGroupNestingDepth = maxGroupNestingDepth;
        this.maxGroupMembers = maxGroupMembers;
    }

    /** One person's certificate, in the recipient order, without group expansion. */
    @Override
    public LookupResult find(String address) {
        return finder.apply(new GlobalAddressListSource(gal)).find(address, order);
    }

    /** Every person behind {@code to}, each once, with their certificate or why there is none. */
    @Override
    public Evaluation evaluate(List<String> to) {
        GlobalAddressListSource users = new GlobalAddressListSource(gal);
        GroupExpansion.Expanded expanded = new GroupExpansion(gal, users, maxGroupNestingDepth, maxGroupMembers).expand(to);
        if (expanded.stopped().isPresent()) {
            return new Evaluation(expanded.stopped(), List.of());
        }
        CertificateFinder lookups = finder.apply(users);
        List<Person> people = new ArrayList<>();
        for (Map.Entry<String, Optional<Outcome>> person : expanded.people().entrySet()) {
            LookupResult result = person.getValue()
                    .map(problem -> new LookupResult(problem, Optional.<byte[]>empty(), Optional.<LookupSource>empty()))
                    .orElseGet(() -> lookups.find(person.getKey(), order));
            people.add(new Person(person.getKey(), result));
        }
        return new Evaluation(Optional.empty(), people);
    }
}
