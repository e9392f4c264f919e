package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.smimeconformance.contract.World;
import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.net.HttpFetcher;

/**
 * The places around the app that hold other people's certificates, for one world: the Global
 * Address List at the world's address, the LDAP endpoint of each device's policy, and the device's
 * own stores; with the app's trust verification to judge what they hold. Gives each device its
 * certificate lookup (LDAP-5) and its recipient evaluation (SEND-8, SEND-9).
 *
 * <p>Thread-safe; holds no connection (each question opens and closes its own).
 */
public final class Directories {

    private final GlobalAddressListClient gal;
    private final LdapDirectoryClient ldap;
    private final TrustVerification trust;
    private final DirectoryParts parts;
    private final World world;

    public Directories(World world, HttpFetcher fetcher, TrustVerification trust, DirectoryParts parts) {
        this.world = Objects.requireNonNull(world, "world");
        this.gal = new GlobalAddressListClient(world.endpoints().globalAddressListAddress(), fetcher);
        this.ldap = new LdapDirectoryClient(world);
        this.trust = Objects.requireNonNull(trust, "trust");
        this.parts = Objects.requireNonNull(parts, "parts");
    }

    /**
     * The certificate lookup of one device (LDAP-5).
     *
     * @param device       the device's stores as a source
     * @param ldapEndpoint the LDAP endpoint its app configuration policy delivered, as of the lookup
     */
    public CertificateLookup lookup(DeviceSource device, Supplier<Optional<LdapEndpoint>> ldapEndpoint) {
        return new OutlookCertificateLookup(() -> finder(device, ldapEndpoint, new GlobalAddressListSource(gal)),
                parts.lookupOrder());
    }

    /** The recipient evaluation of one device (SEND-4, SEND-8, SEND-9), as {@link #lookup} for its arguments. */
    public RecipientCertificateResolver recipients(DeviceSource device, Supplier<Optional<LdapEndpoint>> ldapEndpoint) {
        return new RecipientCertificateResolver(gal, users -> finder(device, ldapEndpoint, users),
                parts.recipientOrder(), world.limits().maxGroupNestingDepth(),
                world.limits().maxGroupMembers());
    }

    private CertificateFinder finder(DeviceSource device, Supplier<Optional<LdapEndpoint>> ldapEndpoint,
                                     GlobalAddressListSource users) {
        return new CertificateFinder(List.of(device, users, new LdapSource(ldap, ldapEndpoint)),
                parts.candidateCheck(), trust);
    }
}
