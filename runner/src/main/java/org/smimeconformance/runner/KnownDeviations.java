package org.smimeconformance.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The known deviations of one implementation: scenarios (or every scenario of a rule) it is
 * expected to fail, each with a reason. A JSON list such as
 * <pre>{@code
 * [ {"scenario": "The CRL is past its next update", "reason": "uses a stale CRL for 24 h", "link": "https://..."},
 *   {"rule": "SEND-9", "reason": "asks the device first, as LDAP-5 says"} ]
 * }</pre>
 * An expected failure is reported as a deviation, not a failure; an entry that no longer fails
 * anything is stale and fails the run, so the file stays true.
 */
public final class KnownDeviations {

    /** One entry: a scenario by its name, or a rule by its ID; a reason; optionally a link. */
    public record Entry(String scenario, String rule, String reason, String link) {

        boolean covers(ScenarioResult result) {
            return (scenario != null && scenario.equals(result.scenario())) || (rule != null && result.rules().contains(rule));
        }

        /** The entry for people: what it names, why, and its link. */
        public String describe() {
            return (scenario != null ? "scenario \"" + scenario + "\"" : "rule " + rule) + ": " + reason
                    + (link == null ? "" : " (" + link + ")");
        }
    }

    /** What the deviations made of a run's failures. */
    public record Judgement(List<ScenarioResult> failed, List<ScenarioResult> deviations, List<Entry> stale) {
    }

    private final List<Entry> entries;

    private KnownDeviations(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static KnownDeviations none() {
        return new KnownDeviations(List.of());
    }

    /**
     * @throws IOException when the file cannot be read or is not such a list
     * @throws IllegalArgumentException when an entry names neither a scenario nor a rule, or gives no reason
     */
    public static KnownDeviations read(Path file) throws IOException {
        List<Entry> entries = new ObjectMapper().readValue(file.toFile(), new TypeReference<List<Entry>>() { });
        for (Entry entry : entries) {
            if ((entry.scenario() == null) == (entry.rule() == null) || entry.reason() == null || entry.reason().isBlank()) {
                throw new IllegalArgumentException(file + ": each deviation names either a scenario or a rule, and a reason: " + entry);
            }
        }
        return new KnownDeviations(entries);
    }

    /** Sorts the failures of a run into real failures and expected ones, and finds the stale entries. */
    public Judgement judge(List<ScenarioResult> failures) {
        List<ScenarioResult> failed = new ArrayList<>();
        List<ScenarioResult> deviations = new ArrayList<>();
        for (ScenarioResult failure : failures) {
            Optional<Entry> expected = entries.stream().filter(e -> e.covers(failure)).findFirst();
            (expected.isPresent() ? deviations : failed).add(failure);
        }
        List<Entry> stale = entries.stream().filter(e -> failures.stream().noneMatch(e::covers)).toList();
        return new Judgement(failed, deviations, stale);
    }

    /** The entry that expects this failure. */
    public Optional<Entry> entryFor(ScenarioResult result) {
        return entries.stream().filter(e -> e.covers(result)).findFirst();
    }
}
