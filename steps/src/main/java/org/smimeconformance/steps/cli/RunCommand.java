package org.smimeconformance.steps.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Runs the features against the implementation under test. */
@Command(name = "run", description = "Run the conformance features.")
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("run is not written yet");
    }
}
