package org.smimeconformance.runner.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.junit.platform.commons.support.ReflectionSupport;
import org.smimeconformance.runner.features.ClasspathFolders;
import org.smimeconformance.steps.Glue;

/**
 * The step vocabulary of the suite, read from the glue itself (its step annotations and parameter
 * types), never written by hand: what teams may use in their own features.
 */
public final class Vocabulary {

    private final List<StepDefinition> steps;
    private final List<ParameterTypeDefinition> parameterTypes;
    private final Map<StepDefinition, Expression> expressions = new LinkedHashMap<>();

    private Vocabulary(List<StepDefinition> steps, List<ParameterTypeDefinition> parameterTypes, ParameterTypeRegistry registry) {
        this.steps = steps;
        this.parameterTypes = parameterTypes;
        ExpressionFactory factory = new ExpressionFactory(registry);
        for (StepDefinition step : steps) {
            expressions.put(step, factory.createExpression(step.expression()));
        }
    }

    /**
     * The vocabulary of the glue on the class path, each step with an example line taken from the
     * feature files under {@code features} (may be null: no examples).
     */
    public static Vocabulary read(Path features) {
        List<Class<?>> glue = glueClasses();
        List<ParameterTypeDefinition> types = new ArrayList<>();
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        for (Class<?> type : glue) {
            for (Method method : type.getDeclaredMethods()) {
                io.cucumber.java.ParameterType annotation = method.getAnnotation(io.cucumber.java.ParameterType.class);
                if (annotation != null) {
                    String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
                    types.add(new ParameterTypeDefinition(name, annotation.value(), values(annotation.value())));
                    registry.defineParameterType(new ParameterType<>(name, annotation.value(), String.class,
                            (String s) -> s));
                }
            }
        }
        types.sort(Comparator.comparing(ParameterTypeDefinition::name));
        List<String[]> declared = new ArrayList<>();
        for (Class<?> type : glue) {
            for (Method method : type.getDeclaredMethods()) {
                for (Given given : method.getAnnotationsByType(Given.class)) {
                    declared.add(new String[] {"Given", given.value()});
                }
                for (When when : method.getAnnotationsByType(When.class)) {
                    declared.add(new String[] {"When", when.value()});
                }
                for (Then then : method.getAnnotationsByType(Then.class)) {
                    declared.add(new String[] {"Then", then.value()});
                }
            }
        }
        declared.sort(Comparator.<String[], Integer>comparing(d -> order(d[0])).thenComparing(d -> d[1]));
        List<String> lines = features == null ? List.of() : stepLines(features);
        ExpressionFactory factory = new ExpressionFactory(registry);
        List<StepDefinition> steps = new ArrayList<>();
        for (String[] d : declared) {
            Expression expression = factory.createExpression(d[1]);
            Optional<String> example = lines.stream().filter(line -> expression.match(line) != null).findFirst();
            steps.add(new StepDefinition(d[0], d[1], example));
        }
        return new Vocabulary(List.copyOf(steps), List.copyOf(types), registry);
    }

    /** The vocabulary of the glue, with examples from the shipped features. */
    public static Vocabulary shipped() {
        try (ClasspathFolders.Folder features = ClasspathFolders.shippedFeatures()) {
            return read(features.path());
        }
    }

    public List<StepDefinition> steps() {
        return steps;
    }

    public List<ParameterTypeDefinition> parameterTypes() {
        return parameterTypes;
    }

    /** The step a line of a feature (without its keyword) matches, if any. */
    public Optional<StepDefinition> match(String text) {
        return steps.stream().filter(step -> expressions.get(step).match(text) != null).findFirst();
    }

    /** The step whose expression or example is closest to a line that matches none. */
    public StepDefinition closest(String text) {
        return steps.stream().min(Comparator.comparingInt(step -> Math.min(
                distance(text, step.expression()), step.example().map(e -> distance(text, e)).orElse(Integer.MAX_VALUE))))
                .orElseThrow();
    }

    /** The Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    private static int order(String keyword) {
        return switch (keyword) {
            case "Given" -> 0;
            case "When" -> 1;
            default -> 2;
        };
    }

    /** The alternatives of an expression such as {@code once|twice|\d+ times}, the literal ones only. */
    private static List<String> values(String regexp) {
        if (!regexp.contains("|")) {
            return List.of();
        }
        List<String> literal = new ArrayList<>();
        for (String alternative : regexp.split("\\|")) {
            if (alternative.matches("[A-Za-z0-9 '#/.,:-]+")) {
                literal.add(alternative);
            }
        }
        return literal;
    }

    /** The text of every step line of the feature files under {@code features}, without keywords. */
    private static List<String> stepLines(Path features) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    for (String keyword : new String[] {"Given ", "When ", "Then ", "And ", "But "}) {
                        if (trimmed.startsWith(keyword) && !trimmed.contains("<")) {
                            lines.add(trimmed.substring(keyword.length()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features under " + features, e);
        }
        return lines;
    }

    /** The top-level classes of the glue package, in name order, found by the JUnit Platform's class path scanning. */
    private static List<Class<?>> glueClasses() {
        return ReflectionSupport.findAllClassesInPackage(Glue.PACKAGE, type -> type.getEnclosingClass() == null, name -> true)
                .stream().sorted(Comparator.comparing(Class::getName)).toList();
    }
}
