package org.smimeconformance.engine.directory;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.engine.trust.TrustParts;
import org.smimeconformance.engine.trust.TrustValidator;
import org.smimeconformance.fakes.directory.GlobalAddressList;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.ldap.LdapDirectoryServer;
import org.smimeconformance.fakes.ldap.ScenarioLdapDirectory;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/**
 * One test's world around the directory clients: a journal shared by the fake Global Address List,
 * the fake LDAP directory and the CRL and AIA endpoints; a root and an issuing CA whose CRLs are
 * served (revoking what the test asks), the issuing CA's certificate fetched through AIA; S/MIME leaves with RSA keys that can be encrypted to. Close it.
 */
final class DirectoryWorld implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final NetworkSettings NETWORK = new NetworkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), false);
    private static final HttpClients CLIENTS = new HttpClients();
    private static final Duration YEAR = Duration.ofDays(365);

    final Journal journal = new Journal();
    final ScenarioEndpoints http = FakeHttpServer.shared().openScenario(journal);
    final GlobalAddressList gal = GlobalAddressList.on(http);
    final ScenarioLdapDirectory ldap = LdapDirectoryServer.shared().openScenario(journal);

    private final Pki pki = new Pki(KeyPool.shared());
    final IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", NOW.minus(YEAR),
            NOW.plus(YEAR.multipliedBy(10))));
    final IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA", NOW.minus(YEAR),
            NOW.plus(YEAR.multipliedBy(5))).crlDistributionPoint(http.crl().address("Contoso Root CA")), root);
    private final List<BigInteger> revoked = new ArrayList<>();

    IssuedCertificate leaf(String address) {
        return leaf(address, spec -> { });
    }

    IssuedCertificate leaf(String address, Consumer<CertificateSpec> tweak) {
        CertificateSpec spec = CertificateSpec.smime(address, NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR))
                .algorithm(KeyAlgorithm.RSA_2048)
                .crlDistributionPoint(http.crl().address("Contoso Issuing CA"))
                .caIssuers(http.aia().address("Contoso Issuing CA"));
        tweak.accept(spec);
        return pki.issue(spec, issuing);
    }

    IssuedCertificate untrustedLeaf(String address) {
        IssuedCertificate otherRoot = pki.selfSigned(CertificateSpec.authority("Fabrikam Root CA", NOW.minus(YEAR),
                NOW.plus(YEAR.multipliedBy(10))));
        return pki.issue(CertificateSpec.smime(address, NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR))
                .algorithm(KeyAlgorithm.RSA_2048), otherRoot);
    }

    void revoke(IssuedCertificate leaf) {
        revoked.add(leaf.serialNumber());
    }

    /** Publishes the CRLs (with what was revoked so far) and gives the world, the Global Address List in it. */
    World world() {
        return world(Limits.defaults(), List.of(root.der()));
    }

    World world(Limits limits, List<byte[]> roots) {
        http.crl().serve("Contoso Root CA", pki.crl(root, new CrlSpec(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)))));
        CrlSpec issuingCrl = new CrlSpec(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        revoked.forEach(serial -> issuingCrl.revoke(serial, NOW.minus(Duration.ofDays(2)), Pki.reasonCode("keyCompromise")));
        http.crl().serve("Contoso Issuing CA", pki.crl(issuing, issuingCrl));
        http.aia().serve("Contoso Issuing CA", issuing.der());
        return new World(Clock.fixed(NOW, ZoneOffset.UTC), roots, NETWORK, new Endpoints(gal.address(), null), limits);
    }

    static HttpFetcher fetcher(World world) {
        return new HttpFetcher(CLIENTS.forConnectTimeout(world.network().connectTimeout()), world.network(),
                world.limits().maxResponseBytes());
    }

    static TrustValidator trust(World world) {
        return new TrustValidator(TrustParts.reference(), world, fetcher(world));
    }

    static GlobalAddressListClient galClient(World world) {
        return new GlobalAddressListClient(Optional.of(world.endpoints().globalAddressList()), fetcher(world));
    }

    @Override
    public void close() {
        ldap.close();
        http.close();
    }
}
