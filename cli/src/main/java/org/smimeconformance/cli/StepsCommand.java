package org.smimeconformance.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.smimeconformance.runner.vocabulary.ParameterTypeDefinition;
import org.smimeconformance.runner.vocabulary.StepDefinition;
import org.smimeconformance.runner.vocabulary.Vocabulary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the step vocabulary, read from the glue: what teams may write in their own features. */
@Command(name = "steps",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = {"Print every step a feature may use, its parameter types with their accepted values,",
                "and an example line from the shipped features."})
public final class StepsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Vocabulary vocabulary = Vocabulary.shipped();
        out.println("Steps (" + vocabulary.steps().size() + "; any of Given, When, Then, And, But may start a line):");
        for (StepDefinition step : vocabulary.steps()) {
            out.println();
            out.println("  " + step.keyword() + " " + step.expression());
            step.example().ifPresent(example -> out.println("      e.g. " + step.keyword() + " " + example));
        }
        out.println();
        out.println("Parameter types:");
        for (ParameterTypeDefinition type : vocabulary.parameterTypes()) {
            out.println();
            out.println("  {" + type.name() + "}");
            if (type.values().isEmpty()) {
                out.println("      matches /" + type.regexp() + "/");
            } else {
                out.println("      one of: " + String.join(" | ", type.values()));
            }
        }
        out.flush();
        return SmimeConformance.OK;
    }
}
