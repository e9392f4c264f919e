package org.smimeconformance.engine.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.engine.identity.AddressComparison;

/**
 * Where the public certificate of a recipient of an encrypted message comes from (SEND-6, SEND-9):
 * one seam, so that the order of the sources can change without touching composing. The answer
 * is validated already: {@code CERT_FOUND} with a trusted certificate, or why there is none.
 * Owned by one device; called on the scenario's thread.
 */
@FunctionalInterface
public interface RecipientCertificates {

    /** The certificate to encrypt to for the recipient's address. */
    LookupResult find(String address);

    /**
     * Every recipient evaluated before an encrypted message is sent (SEND-8): the people behind the
     * recipients, each once, with the certificate to encrypt to or why there is none; or why the
     * message cannot go at all. The default takes each recipient as one person (the same address
     * twice, in any case, counts once) and asks {@link #find} for each; a source that knows
     * distribution groups expands them (SEND-4).
     */
    default Evaluation evaluate(List<String> to) {
        List<Person> people = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String recipient : to) {
            if (seen.add(AddressComparison.canonical(recipient).orElse(recipient))) {
                people.add(new Person(recipient, find(recipient)));
            }
        }
        return new Evaluation(Optional.empty(), people);
    }

    /**
     * The recipients of one message, evaluated.
     *
     * @param refusal why the message cannot be sent whatever the certificates, e.g. a distribution
     *                group nested deeper than the limit ({@code GROUP_NESTING_TOO_DEEP}), or groups listing
     *                more members than the limit ({@code GROUP_TOO_LARGE}); empty otherwise
     * @param people  each person once, in order
     */
    record Evaluation(Optional<Outcome> refusal, List<Person> people) {

        public Evaluation {
            Objects.requireNonNull(refusal, "refusal");
            people = List.copyOf(people);
        }
    }

    /**
     * One person a message goes to.
     *
     * @param address     as the message, or the Global Address List for a member of a group, writes it
     * @param certificate the certificate found ({@code CERT_FOUND}) or why none may be used
     */
    record Person(String address, LookupResult certificate) {

        public Person {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(certificate, "certificate");
        }
    }
}
