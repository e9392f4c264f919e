package org.smimeconformance.steps.world;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.picocontainer.Disposable;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.steps.target.Targets;

/**
 * The implementation under test as this scenario sees it: opened on first use with the scenario's
 * world (its trusted roots, its instant, short timeouts, the addresses of its Global Address List
 * and of its Endpoint Manager, how deep it expands nested groups), closed when the scenario ends.
 *
 * <p>Steps only declare what the world around Outlook holds, in any order; what they declared
 * reaches the fakes in one place, {@link #publishDeclarations()}, just before Outlook is asked
 * anything ({@link #ask()}). One per scenario; not thread-safe.
 */
public final class ImplementationUnderTest implements Disposable {

    /**
     * Outlook's timeouts in the scenarios: 500 ms to connect and 500 ms for an answer. Endpoints on
     * loopback answer in milliseconds (a slow one, still inside the timeout, in about 50 ms), and one
     * that holds its answer back does so for seconds ({@code FakeHttpServer.SLOW_ANSWER}), so 500 ms
     * tells the two apart with room on both sides, also on a loaded machine where a garbage
     * collection or a busy core holds a request up for a tenth of a second; a scenario that waits
     * for Outlook to give up waits half a second, not a second.
     */
    static final NetworkSettings NETWORK = new NetworkSettings(Duration.ofMillis(500), Duration.ofMillis(500), false);

    private final ScenarioClock clock;
    private final ScenarioPki pki;
    private final ScenarioDirectories directories;
    private final FakeEndpoints endpoints;
    private final EndpointManager endpointManager;
    private MailClient client;

    public ImplementationUnderTest(ScenarioClock clock, ScenarioPki pki, ScenarioDirectories directories,
                                   FakeEndpoints endpoints, EndpointManager endpointManager) {
        this.clock = clock;
        this.pki = pki;
        this.directories = directories;
        this.endpoints = endpoints;
        this.endpointManager = endpointManager;
    }

    /**
     * Outlook, to be asked something now. The first call opens the implementation with the
     * scenario's world, which can no longer change afterwards; every call then publishes what the
     * scenario declared since the last one, so that Outlook answers from everything said before.
     */
    public MailClient ask() {
        if (client == null) {
            List<byte[]> roots = new ArrayList<>(pki.trustedRoots());
            roots.addAll(directories.extraTrustedRoots());
            World world = new World(clock.clock(), roots, NETWORK, new Endpoints(directories.globalAddressList(),
                    endpoints.intune().address()),
                    Limits.defaults().withMaxGroupNestingDepth(directories.nestingDepth()));
            Implementation implementation = Targets.selected();
            client = CapabilityGuard.guard(MailClient.class, implementation.open(world),
                    implementation.capabilities());
            directories.handedOver();
        }
        publishDeclarations();
        return client;
    }

    /**
     * Hands the fakes what the steps declared and noted for later: the certificates the directories
     * publish ({@link ScenarioDirectories#publish()}) and Endpoint Manager's setup that needs minted
     * certificates ({@link EndpointManager#publish()}). Both mint the scenario's PKI, which is why
     * they wait until Outlook is asked.
     */
    private void publishDeclarations() {
        directories.publish();
        endpointManager.publish();
    }

    @Override
    public void dispose() {
        if (client != null) {
            client.close();
        }
    }
}
