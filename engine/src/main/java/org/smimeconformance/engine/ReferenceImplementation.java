package org.smimeconformance.engine;

import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.engine.directory.Directories;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.engine.trust.TrustValidator;

/**
 * The reference engine: what the article says, built on the JDK's PKIX validator, HTTP client and
 * PKCS#12 key store, and Bouncy Castle with Jakarta Mail. Found by {@link java.util.ServiceLoader}
 * under the name {@code reference}. It supports trust verification, address matching, the app's own
 * settings and the managed app configuration, composing and reading S/MIME mail, finding other
 * people's certificates on the device, in the Global Address List and at the LDAP endpoint,
 * installing a mailed certificate and exporting one (manual delivery), and Company Portal's
 * retrieval from Endpoint Manager (automated delivery), on iOS and Android.
 *
 * <p>Variants that deliberately break one rule subclass it through the protected constructor and
 * swap one of the {@link ReferenceParts}:
 * <ul>
 *   <li>{@code withTrust(trust -> trust.withChainBuilder / withPathCheck / withRevocationCheck(...))}:
 *       one step of trust verification (TRUST);</li>
 *   <li>{@code withAddressMatcher(AddressMatcher)}: whether a certificate is the account's for a
 *       purpose; it is given the whole account, aliases included (ADDR);</li>
 *   <li>{@code withManagedValues(ManagedValueRule)}: how a managed value meets the user's choice, for
 *       Enable S/MIME, Encrypt all emails and Sign all emails (POL-1..3);</li>
 *   <li>{@code withOrganizeByThread(OrganizeByThreadRule)}: what becomes of Organize By Thread when
 *       S/MIME comes on for an account (CLIENT-3);</li>
 *   <li>{@code withMail(mail -> mail.withSignatureEncoding / withExpiryAlert / withSmimeContentGate(...))}:
 *       how a signed message is encoded (SEND-5), when the user is alerted that their certificate
 *       expires (SEND-2), whether received S/MIME content is consumed (VIEW-5);</li>
 *   <li>{@code withDirectory(directory -> directory.withLookupOrder / withRecipientOrder / withCandidateCheck(...))}:
 *       the order of a certificate lookup (LDAP-5), the order for the recipients of an encrypted
 *       message (SEND-9), whether a certificate found may be encrypted to (LDAP-6, TRUST-3);</li>
 *   <li>{@code withDelivery(delivery -> delivery.withEnrollment / withStoreAccess / withPkcs12(...))}:
 *       whether automated delivery can happen on a device (AUTO-1, AUTO-3), which stores Outlook reads
 *       (AUTO-2), how a PKCS#12 file is opened with its password (MAN-3).</li>
 * </ul>
 * <pre>{@code
 * public final class IgnoresRevocation extends ReferenceImplementation {
 *     public IgnoresRevocation() {
 *         super("ignores-revocation", "never queries a CRL",
 *               parts -> parts.withTrust(trust -> trust.withRevocationCheck((path, anchor, at, atHand, crls, source) -> Optional.empty())));
 *     }
 * }
 * }</pre>
 *
 * <p>One instance serves a whole run and is thread-safe: it keeps one JDK {@code HttpClient} per
 * connect timeout, shared by every client it opens; clients never close them. Everything a scenario
 * changes (devices, accounts, installed certificates, settings) lives in the client it opened.
 */
public class ReferenceImplementation implements Implementation {

    private static final Set<Capability> CAPABILITIES = Set.of(Capability.TRUST, Capability.ADDRESS_MATCHING,
            Capability.CLIENT_SETTINGS, Capability.MANAGED_CONFIGURATION, Capability.SEND, Capability.VIEW,
            Capability.LDAP_LOOKUP, Capability.MANUAL_DELIVERY, Capability.AUTOMATED_DELIVERY,
            Capability.PLATFORM_IOS, Capability.PLATFORM_ANDROID);

    private final String name;
    private final String description;
    private final ReferenceParts parts;
    private final HttpClients httpClients = new HttpClients();

    public ReferenceImplementation() {
        this("reference", "The reference engine: JDK PKIX path validation, AIA chain building, CRL checking, "
                + "address matching, the app's settings and the managed app configuration, composing and reading "
                + "S/MIME mail, certificate lookups in the Global Address List and LDAP, manual delivery and "
                + "Company Portal's automated delivery", UnaryOperator.identity());
    }

    /**
     * @param name        the name a run selects this variant by; stable, lower case
     * @param description one line for people
     * @param customise   given the reference parts, returns the parts this variant uses
     */
    protected ReferenceImplementation(String name, String description, UnaryOperator<ReferenceParts> customise) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.parts = Objects.requireNonNull(customise.apply(ReferenceParts.reference()), "customised parts");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * TRUST, ADDRESS_MATCHING, CLIENT_SETTINGS, MANAGED_CONFIGURATION, SEND, VIEW, LDAP_LOOKUP, MANUAL_DELIVERY,
     * AUTOMATED_DELIVERY, PLATFORM_IOS, PLATFORM_ANDROID.
     */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public MailClient open(World world) {
        HttpClient http = httpClients.forConnectTimeout(world.network().connectTimeout());
        HttpFetcher fetcher = new HttpFetcher(http, world.network(), world.limits().maxResponseBytes(),
                world.limits().maxRedirects());
        TrustValidator trust = new TrustValidator(parts.trust(), world, fetcher);
        return new ReferenceMailClient(trust, parts, world, new Directories(world, fetcher, trust, parts.directory()),
                http);
    }
}
