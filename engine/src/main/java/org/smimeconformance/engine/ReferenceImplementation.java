package org.smimeconformance.engine;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.engine.trust.TrustParts;
import org.smimeconformance.engine.trust.TrustValidator;

/**
 * The reference engine: what the article says, built on the JDK's PKIX validator and HTTP client
 * and Bouncy Castle. Found by {@link java.util.ServiceLoader} under the name {@code reference}.
 *
 * <p>Variants that deliberately break one rule subclass it through the protected constructor and
 * swap one of the {@link TrustParts}:
 * <pre>{@code
 * public final class IgnoresRevocation extends ReferenceImplementation {
 *     public IgnoresRevocation() {
 *         super("ignores-revocation", "never queries a CRL",
 *               parts -> parts.withRevocationCheck((path, anchor, at, crls, source) -> Optional.empty()));
 *     }
 * }
 * }</pre>
 *
 * <p>One instance serves a whole run and is thread-safe: it keeps one JDK {@code HttpClient} per
 * connect timeout, shared by every client it opens; clients never close them.
 */
public class ReferenceImplementation implements Implementation {

    private final String name;
    private final String description;
    private final TrustParts parts;
    private final HttpClients httpClients = new HttpClients();

    public ReferenceImplementation() {
        this("reference", "The reference engine: JDK PKIX path validation, AIA chain building, CRL checking",
                UnaryOperator.identity());
    }

    /**
     * @param name        the name a run selects this variant by; stable, lower case
     * @param description one line for people
     * @param customise   given the reference parts, returns the parts this variant uses
     */
    protected ReferenceImplementation(String name, String description, UnaryOperator<TrustParts> customise) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.parts = Objects.requireNonNull(customise.apply(TrustParts.reference()), "customised parts");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TRUST);
    }

    @Override
    public MailClient open(World world) {
        HttpFetcher fetcher = new HttpFetcher(httpClients.forConnectTimeout(world.network().connectTimeout()),
                world.network(), world.limits().maxResponseBytes());
        return new ReferenceMailClient(new TrustValidator(parts, world, fetcher));
    }
}
