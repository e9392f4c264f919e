package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.engine.trust.TestPki.uri;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.net.Fetched;
import org.smimeconformance.fakes.pki.IssuedCertificate;

class AiaChainBuilderTest {

    private static final Limits LIMITS = Limits.defaults();

    private final TestPki pki = new TestPki();
    private final ChainBuilder builder = new AiaChainBuilder();
    private final List<URI> requests = new ArrayList<>();

    @Test
    void missingIntermediatesAreFetchedThroughAiaSeveralLevelsDeep() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate policy = pki.intermediate("Policy CA", root);
        IssuedCertificate issuing = pki.intermediate("Issuing CA", policy, spec -> spec.caIssuers(uri("http://aia.test/policy.p7c")));
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", issuing, spec -> spec.caIssuers(uri("http://aia.test/issuing.cer")));
        AiaSource aia = serving(Map.of(
                "http://aia.test/issuing.cer", List.of(issuing.certificate()),
                "http://aia.test/policy.p7c", List.of(policy.certificate(), root.certificate())));

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()), List.of(), aia, LIMITS);

        assertThat(chain.reachedTrustedRoot()).isTrue();
        assertThat(chain.anchor()).contains(root.certificate());
        assertThat(chain.pathLeafFirst()).containsExactly(leaf.certificate(), issuing.certificate(), policy.certificate());
        assertThat(chain.aiaFetches()).isEqualTo(2);
        assertThat(requests).containsExactly(uri("http://aia.test/issuing.cer"), uri("http://aia.test/policy.p7c"));
    }

    @Test
    void intermediateThatCameWithTheLeafNeedsNoAiaFetch() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate issuing = pki.intermediate("Issuing CA", root);
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", issuing, spec -> spec.caIssuers(uri("http://aia.test/issuing.cer")));

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()),
                List.of(issuing.certificate()), serving(Map.of()), LIMITS);

        assertThat(chain.reachedTrustedRoot()).isTrue();
        assertThat(requests).isEmpty();
    }

    @Test
    void unreachableAiaWithTheIntermediateAbsentIsNoTrustedRootSayingWhy() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate issuing = pki.intermediate("Issuing CA", root);
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", issuing, spec -> spec.caIssuers(uri("http://aia.test/issuing.cer")));

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()), List.of(),
                address -> Fetched.failed("connection refused"), LIMITS);

        assertThat(chain.failure()).hasValueSatisfying(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
            assertThat(outcome.message()).isEqualTo("no issuer of CN=alice@contoso.com,O=Contoso (issued by "
                    + "CN=Issuing CA,O=Contoso) is at hand; AIA http://aia.test/issuing.cer: connection refused");
        });
        assertThat(chain.pathLeafFirst()).containsExactly(leaf.certificate());
    }

    @Test
    void issuerLoopThroughAiaEndsWithoutATrustedRoot() {
        IssuedCertificate unrelatedRoot = pki.root("Unrelated Root");
        IssuedCertificate firstA = pki.root("Loop A");
        IssuedCertificate b = pki.intermediate("Loop B", firstA, spec -> spec.caIssuers(uri("http://aia.test/loop.p7c")));
        IssuedCertificate a = pki.intermediate("Loop A", b, spec -> spec.caIssuers(uri("http://aia.test/loop.p7c")));
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", a, spec -> spec.caIssuers(uri("http://aia.test/loop.p7c")));
        AiaSource aia = serving(Map.of("http://aia.test/loop.p7c", List.of(a.certificate(), b.certificate())));

        BuiltChain chain = builder.build(leaf.certificate(), List.of(unrelatedRoot.certificate()), List.of(), aia, LIMITS);

        assertThat(chain.failure()).hasValueSatisfying(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
            assertThat(outcome.message()).contains("(a loop)");
        });
        assertThat(chain.pathLeafFirst()).containsExactly(leaf.certificate(), a.certificate(), b.certificate());
        assertThat(requests).hasSize(2);
    }

    @Test
    void chainLongerThanTheLimitIsTooLong() {
        IssuedCertificate root = pki.root("Root");
        List<X509Certificate> intermediates = new ArrayList<>();
        IssuedCertificate issuer = root;
        for (int level = 1; level <= 4; level++) {
            issuer = pki.intermediate("Level " + level, issuer);
            intermediates.add(issuer.certificate());
        }
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", issuer);

        BuiltChain within = builder.build(leaf.certificate(), List.of(root.certificate()), intermediates,
                serving(Map.of()), new Limits(6, 5, 10, 1 << 20, Limits.DEFAULT_MAX_REDIRECTS,
                        Limits.DEFAULT_MAX_GROUP_MEMBERS));
        BuiltChain beyond = builder.build(leaf.certificate(), List.of(root.certificate()), intermediates,
                serving(Map.of()), new Limits(5, 5, 10, 1 << 20, Limits.DEFAULT_MAX_REDIRECTS,
                        Limits.DEFAULT_MAX_GROUP_MEMBERS));

        assertThat(within.reachedTrustedRoot()).isTrue();
        assertThat(beyond.failure()).hasValueSatisfying(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.CHAIN_TOO_LONG);
            assertThat(outcome.message()).isEqualTo("the chain of CN=alice@contoso.com,O=Contoso needs more than 5 certificates");
        });
    }

    @Test
    void aiaFetchesBeyondTheLimitAreTooLong() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate policy = pki.intermediate("Policy CA", root);
        IssuedCertificate issuing = pki.intermediate("Issuing CA", policy, spec -> spec.caIssuers(uri("http://aia.test/policy.cer")));
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", issuing, spec -> spec.caIssuers(uri("http://aia.test/issuing.cer")));
        AiaSource aia = serving(Map.of(
                "http://aia.test/issuing.cer", List.of(issuing.certificate()),
                "http://aia.test/policy.cer", List.of(policy.certificate())));

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()), List.of(), aia,
                new Limits(8, 1, 10, 1 << 20, Limits.DEFAULT_MAX_REDIRECTS, Limits.DEFAULT_MAX_GROUP_MEMBERS));

        assertThat(chain.failure()).hasValueSatisfying(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.CHAIN_TOO_LONG);
            assertThat(outcome.message()).contains("more than 1 AIA fetches");
        });
        assertThat(requests).hasSize(1);
    }

    @Test
    void anIssuerWhoseKeyIdentifierMatchesIsPreferredOverAnotherOfTheSameName() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate oldIssuing = pki.intermediate("Issuing CA", root);
        IssuedCertificate newIssuing = pki.intermediate("Issuing CA", root);
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", newIssuing);

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()),
                List.of(oldIssuing.certificate(), newIssuing.certificate()), serving(Map.of()), LIMITS);

        assertThat(chain.pathLeafFirst()).containsExactly(leaf.certificate(), newIssuing.certificate());
    }

    @Test
    void selfSignedCertificateOutsideTheCollectionHandedOverAsIntermediateIsNoTrustedRoot() {
        IssuedCertificate root = pki.root("Root");
        IssuedCertificate rogueRoot = pki.root("Rogue Root");
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", rogueRoot);

        BuiltChain chain = builder.build(leaf.certificate(), List.of(root.certificate()),
                List.of(rogueRoot.certificate()), serving(Map.of()), LIMITS);

        assertThat(chain.failure()).hasValueSatisfying(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
            assertThat(outcome.message()).isEqualTo(
                    "CN=Rogue Root,O=Contoso is self-signed and not in the virtual certificate collection");
        });
    }

    private AiaSource serving(Map<String, List<X509Certificate>> answers) {
        return address -> {
            requests.add(address);
            List<X509Certificate> answer = answers.get(address.toString());
            return answer == null ? Fetched.failed("HTTP 404") : Fetched.of(answer);
        };
    }
}
