package org.smimeconformance.steps.world;

import java.time.Duration;

import org.picocontainer.Disposable;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.steps.target.Targets;

/**
 * The implementation under test as this scenario sees it: opened on first use with the scenario's
 * world (its trusted roots, its instant, short timeouts), closed when the scenario ends.
 */
public final class ImplementationUnderTest implements Disposable {

    /** Endpoints on loopback answer in milliseconds; a second means an endpoint is not answering. */
    static final NetworkSettings NETWORK = new NetworkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), false);

    private final ScenarioClock clock;
    private final ScenarioPki pki;
    private MailClient client;

    public ImplementationUnderTest(ScenarioClock clock, ScenarioPki pki) {
        this.clock = clock;
        this.pki = pki;
    }

    public MailClient client() {
        if (client == null) {
            World world = new World(clock.clock(), pki.trustedRoots(), NETWORK, Endpoints.none(), Limits.defaults());
            client = Targets.selected().open(world);
        }
        return client;
    }

    @Override
    public void dispose() {
        if (client != null) {
            client.close();
        }
    }
}
