package org.smimeconformance.steps.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Judges one certificate as the documented client would. */
@Command(name = "verify-cert", description = "Judge one certificate as Outlook for iOS and Android would.")
public final class VerifyCertCommand implements Callable<Integer> {

    private final Clock clock;

    public VerifyCertCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("verify-cert is not written yet, clock " + clock);
    }
}
