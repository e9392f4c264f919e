package org.smimeconformance.bench;

import java.io.ByteArrayInputStream;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/**
 * Chain validation with CRL checks, root, intermediate and leaf, CRLs in memory, no network: the
 * reference engine's trust verification against the JDK's own PKIX {@code CertPathValidator} with
 * CRL revocation checking on the same chain. The two JDK variants differ in whether the DER bytes
 * are parsed inside the measured call, as the engine's are; {@code jdkPkixFromDer} is the equal
 * terms. Both sides look up the JDK's factory and validator once (the engine once per thread), and
 * both parse with the JDK's certificate factory, which keeps what it parsed keyed by the encoding.
 * That cache also remembers which key verified a certificate's or CRL's signature, so the first
 * three benchmarks measure everything but the signature arithmetic of a chain already seen. The
 * {@code ...UnseenLeaf} pair takes, at each call, a leaf of another person from more certificates
 * than the JDK's cache holds (750), so the leaf is parsed and its signature verified every time, as
 * for mail from someone not seen before; the intermediate and the CRLs stay the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChainValidationBenchmark {

    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    /** More leaves than the JDK's certificate factory keeps (750), so each one read is unseen. */
    private static final int UNSEEN_LEAVES = 1024;

    private byte[] leafDer;
    private byte[] intermediateDer;
    private List<byte[]> crlDers;
    private TrustVerification engine;

    private X509Certificate root;
    private List<X509Certificate> path;
    private List<X509CRL> crls;
    private CertificateFactory factory;
    private CertPathValidator validator;
    private byte[][] unseenLeafDers;
    private int nextUnseen;

    @Setup
    public void mint() throws Exception {
        Pki pki = new Pki(KeyPool.shared());
        Instant from = AT.minus(Duration.ofDays(365));
        Instant until = AT.plus(Duration.ofDays(365));
        IssuedCertificate rootCa = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", from, until));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA", from, until), rootCa);
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", from, until), issuing);
        unseenLeafDers = new byte[UNSEEN_LEAVES][];
        for (int i = 0; i < UNSEEN_LEAVES; i++) {
            unseenLeafDers[i] = pki.issue(CertificateSpec.smime("person" + i + "@contoso.com", from, until), issuing).der();
        }
        CrlSpec current = new CrlSpec(AT.minus(Duration.ofDays(1)), AT.plus(Duration.ofDays(7)));
        byte[] rootCrl = pki.crl(rootCa, current);
        byte[] issuingCrl = pki.crl(issuing, current);

        leafDer = alice.der();
        intermediateDer = issuing.der();
        crlDers = List.of(issuingCrl, rootCrl);
        World world = new World(Clock.fixed(AT, ZoneOffset.UTC), List.of(rootCa.der()),
                NetworkSettings.defaults().withOffline(true), Endpoints.none(), Limits.defaults());
        MailClient client = new ReferenceImplementation().open(world);
        engine = client.trust();

        root = rootCa.certificate();
        path = List.of(alice.certificate(), issuing.certificate());
        factory = CertificateFactory.getInstance("X.509");
        validator = CertPathValidator.getInstance("PKIX");
        crls = new ArrayList<>();
        for (byte[] der : crlDers) {
            crls.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(der)));
        }

        TrustVerdict verdict = referenceEngine();
        if (!verdict.trusted()) {
            throw new IllegalStateException("the benchmark chain must be trusted: " + verdict.outcome());
        }
        jdkPkix();
        for (byte[] der : unseenLeafDers) {
            TrustVerdict one = engine.verify(new CertificateCheck(der, List.of(intermediateDer), crlDers,
                    CertificateUse.SENDER));
            if (!one.trusted()) {
                throw new IllegalStateException("every unseen leaf must be trusted: " + one.outcome());
            }
            fromDer(der);
        }
    }

    @Benchmark
    public TrustVerdict referenceEngine() {
        return engine.verify(new CertificateCheck(leafDer, List.of(intermediateDer), crlDers, CertificateUse.SENDER));
    }

    @Benchmark
    public TrustVerdict referenceEngineUnseenLeaf() {
        return engine.verify(new CertificateCheck(unseenLeaf(), List.of(intermediateDer), crlDers,
                CertificateUse.SENDER));
    }

    @Benchmark
    public Object jdkPkix() throws Exception {
        return validate(path, crls);
    }

    @Benchmark
    public Object jdkPkixFromDer() throws Exception {
        return fromDer(leafDer);
    }

    private Object fromDer(byte[] leaf) throws Exception {
        List<X509Certificate> parsed = List.of(
                (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(leaf)),
                (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(intermediateDer)));
        List<X509CRL> parsedCrls = new ArrayList<>();
        for (byte[] der : crlDers) {
            parsedCrls.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(der)));
        }
        return validate(parsed, parsedCrls);
    }

    @Benchmark
    public Object jdkPkixFromDerUnseenLeaf() throws Exception {
        return fromDer(unseenLeaf());
    }

    private byte[] unseenLeaf() {
        byte[] der = unseenLeafDers[nextUnseen];
        nextUnseen = (nextUnseen + 1) % UNSEEN_LEAVES;
        return der;
    }

    private Object validate(List<X509Certificate> chain, List<X509CRL> revocationLists) throws Exception {
        CertPath certPath = factory.generateCertPath(chain);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setDate(Date.from(AT));
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
        parameters.addCertPathChecker(checker);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(revocationLists)));
        return validator.validate(certPath, parameters);
    }
}
