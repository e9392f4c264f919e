package org.smimeconformance.steps.glue;

import java.time.Duration;
import java.time.Instant;

import io.cucumber.java.en.Given;
import org.smimeconformance.steps.world.ScenarioPki;

/** Certification authorities, the certificates they issue, and the virtual certificate collection. */
public final class CertificationAuthoritySteps {

    private static final Duration YEAR = Duration.ofDays(365);

    private final ScenarioPki pki;

    public CertificationAuthoritySteps(ScenarioPki pki) {
        this.pki = pki;
    }

    @Given("{ca} is a root certification authority")
    public void root(String name) {
        pki.root(name);
    }

    @Given("{ca} is in the virtual certificate collection")
    public void trusted(String name) {
        pki.trust(name);
    }

    @Given("{ca} is not in the virtual certificate collection")
    public void notTrusted(String name) {
        pki.distrust(name);
    }

    @Given("{ca} is an intermediate certification authority issued by {ca}")
    public void intermediate(String name, String issuer) {
        pki.intermediate(name, issuer);
    }

    @Given("{address} has a certificate issued by {ca}")
    public void endEntity(String address, String issuer) {
        pki.endEntity(address, issuer);
    }

    @Given("{address} has a self-signed certificate")
    public void selfSigned(String address) {
        pki.selfSignedEndEntity(address);
    }

    @Given("the certificate of {holder} expired on {instant}")
    public void expired(String holder, Instant notAfter) {
        pki.validity(holder, notAfter.minus(YEAR), notAfter);
    }

    @Given("the certificate of {holder} is valid only from {instant}")
    public void notYetValid(String holder, Instant notBefore) {
        pki.validity(holder, notBefore, notBefore.plus(YEAR));
    }

    @Given("the signature on the certificate of {holder} is not its issuer's")
    public void brokenSignature(String holder) {
        pki.breakSignature(holder);
    }
}
