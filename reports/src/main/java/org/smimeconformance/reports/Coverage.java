package org.smimeconformance.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.Scenario;

/**
 * The rule catalogue joined with the suite's scenarios: which scenarios cover each rule, which
 * scenarios name a rule the catalogue does not have, and which scenario names are used more than
 * once. Names matter because they are what test reports (JUnit XML) show, so they must be unique
 * across the whole suite.
 *
 * <p>Name checks compare declarations: a Scenario Outline counts once, under the name written
 * after its keyword, however many example rows it has.
 */
public final class Coverage {

    /**
     * The scope of the guard: the rule families and single rules whose every rule must be covered,
     * one entry per line.
     */
    public static final String SCOPE_RESOURCE = "/org/smimeconformance/reports/families-in-scope.txt";

    /** A rule ID that scenarios name in {@code @rule:<ID>} but that the catalogue lacks. */
    public record UnknownRule(String ruleId, List<Scenario> scenarios) {
        public UnknownRule {
            Objects.requireNonNull(ruleId, "ruleId");
            scenarios = List.copyOf(scenarios);
        }
    }

    /** A scenario name declared more than once, with one scenario per declaration. */
    public record SharedName(String name, List<Scenario> declarations) {
        public SharedName {
            Objects.requireNonNull(name, "name");
            declarations = List.copyOf(declarations);
        }
    }

    private final RuleCatalogue catalogue;
    private final List<Scenario> scenarios;

    private Coverage(RuleCatalogue catalogue, List<Scenario> scenarios) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.scenarios = List.copyOf(scenarios);
    }

    /** Joins the catalogue with the scenarios of a suite, as {@code FeatureScanner.scan} gives them. */
    public static Coverage of(RuleCatalogue catalogue, List<Scenario> scenarios) {
        return new Coverage(catalogue, scenarios);
    }

    /**
     * The entries of {@link #SCOPE_RESOURCE}, in file order: each a rule family ({@code ADDR}), all
     * of whose rules are in scope, or a single rule ID ({@code POL-10}). Blank lines and {@code #}
     * comments are left out, so is anything after the first word of a line (a comment of its own).
     */
    public static List<String> inScope() {
        try (InputStream in = Coverage.class.getResourceAsStream(SCOPE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCOPE_RESOURCE + " is not on the class path");
            }
            return parseScope(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCOPE_RESOURCE, e);
        }
    }

    /** Reads a scope list as {@link #inScope()} does. */
    public static List<String> parseScope(String text) {
        return text.lines()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+", 2)[0])
                .distinct()
                .toList();
    }

    /** Whether the rule is in this scope: its family or its own ID is listed. */
    public static boolean inScope(Rule rule, Collection<String> scope) {
        return scope.contains(rule.family()) || scope.contains(rule.id());
    }

    /** The entries of a scope that are neither a family nor a rule ID of the catalogue, in scope order. */
    public static List<String> unknownScopeEntries(RuleCatalogue catalogue, Collection<String> scope) {
        return scope.stream()
                .filter(entry -> !catalogue.families().contains(entry) && catalogue.rule(entry).isEmpty())
                .toList();
    }

    /** Every rule of the catalogue, in catalogue order, with the scenarios naming it (maybe none). */
    public Map<Rule, List<Scenario>> scenariosByRule() {
        Map<Rule, List<Scenario>> byRule = new LinkedHashMap<>();
        for (Rule rule : catalogue.rules()) {
            byRule.put(rule, scenariosOf(rule.id()));
        }
        return byRule;
    }

    /** The scenarios naming this rule ID, in suite order. */
    public List<Scenario> scenariosOf(String ruleId) {
        return scenarios.stream().filter(scenario -> scenario.ruleIds().contains(ruleId)).toList();
    }

    /** The rules no scenario names, in catalogue order. */
    public List<Rule> uncoveredRules() {
        return catalogue.rules().stream().filter(rule -> scenariosOf(rule.id()).isEmpty()).toList();
    }

    /**
     * The rules in scope that no scenario names, in catalogue order; the scope lists families and
     * single rule IDs, as {@link #inScope()} gives them.
     */
    public List<Rule> uncoveredRules(Collection<String> scope) {
        return uncoveredRules().stream().filter(rule -> inScope(rule, scope)).toList();
    }

    /** The rule IDs scenarios name that the catalogue lacks, in the order they first appear. */
    public List<UnknownRule> unknownRules() {
        Map<String, List<Scenario>> byId = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            for (String ruleId : scenario.ruleIds()) {
                if (catalogue.rule(ruleId).isEmpty()) {
                    byId.computeIfAbsent(ruleId, id -> new ArrayList<>()).add(scenario);
                }
            }
        }
        return byId.entrySet().stream().map(e -> new UnknownRule(e.getKey(), e.getValue())).toList();
    }

    /** The names declared more than once within one feature file. */
    public List<SharedName> namesSharedWithinFile() {
        return shared(scenario -> scenario.file() + "\n" + scenario.declaredName());
    }

    /**
     * The names declared more than once anywhere in the suite, within one file or across files;
     * this includes every name of {@link #namesSharedWithinFile()}.
     */
    public List<SharedName> namesSharedAcrossSuite() {
        return shared(Scenario::declaredName);
    }

    private List<SharedName> shared(Function<Scenario, String> key) {
        Map<String, List<Scenario>> declarationsByKey = declarations().stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        return declarationsByKey.values().stream()
                .filter(declarations -> declarations.size() > 1)
                .map(declarations -> new SharedName(declarations.get(0).declaredName(), declarations))
                .toList();
    }

    /** One scenario per declaration: the first example row stands for its outline. */
    private List<Scenario> declarations() {
        Map<String, Scenario> byLocation = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            byLocation.putIfAbsent(scenario.location(), scenario);
        }
        return List.copyOf(byLocation.values());
    }
}
