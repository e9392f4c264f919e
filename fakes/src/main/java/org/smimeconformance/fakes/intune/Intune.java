package org.smimeconformance.fakes.intune;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.ScenarioEndpoints;

/**
 * Microsoft Endpoint Manager (Intune) of one scenario, as Company Portal on an enrolled device
 * reaches it, served as JSON under {@code /s/<n>/intune} on the shared fake HTTP server: what the
 * scenario sets up and reads back. It is two parts: the {@link Tenant}, what the administrator did
 * and what the tenant did for devices since, and {@link EndpointManagerApi}, the routes Company
 * Portal calls, answered from the tenant ({@code fakes/README.md} has the routes and shapes).
 *
 * <p>What the fake holds is what the administrator did: prerequisites (AUTO-8) are state, not
 * flags: trusted roots deployed, certificates imported, the PFX connector installed or not, devices
 * enrolled. A fresh tenant has none of them. Targeting (groups, platform, targeted app) and the
 * choice of certificates by purpose are left to the client: everything is served as stated.
 * Certificates are issued only for keys whose request the device signed, and carry the address of
 * the user the device is enrolled for; private keys never travel.
 *
 * <p>Owned by one scenario; thread-safe (the server answers from its own threads). Removed when its
 * {@link ScenarioEndpoints} are closed.
 */
public final class Intune {

    /** The path segment below the scenario prefix. */
    public static final String SEGMENT = "intune";

    /** One request as the fake received it: method, path below the fake, and body (empty for a GET). */
    public record Received(String method, String path, byte[] body) {

        public Received {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    private final Tenant tenant = new Tenant();
    private final EndpointManagerApi api;

    private Intune(ScenarioEndpoints endpoints) {
        this.api = new EndpointManagerApi(tenant, endpoints);
    }

    /** Opens the scenario's Endpoint Manager, an empty tenant; once per scenario. */
    public static Intune on(ScenarioEndpoints endpoints) {
        return new Intune(endpoints);
    }

    /**
     * The address Company Portal is configured with, e.g. {@code http://127.0.0.1:51234/s/3/intune},
     * with no trailing slash. After {@link #fail(EndpointFault)} with
     * {@link EndpointFault#CONNECTION_REFUSED} it points where nothing listens: set that fault
     * before handing the address over.
     */
    public URI address() {
        return api.address();
    }

    // What the administrator did

    /** Enrolls a device, or replaces its enrollment record. */
    public void enroll(EnrolledDevice device) {
        tenant.enroll(device);
    }

    /** Removes a device's enrollment (retired, wiped, or never finished). */
    public void unenroll(String deviceId) {
        tenant.unenroll(deviceId);
    }

    /** Makes the user a member of the Azure AD group (display name). */
    public void addMember(String group, String userPrincipalName) {
        tenant.addMember(group, userPrincipalName);
    }

    /** Adds an app configuration policy; one with the same name is replaced. */
    public void add(AppConfigurationPolicy policy) {
        tenant.add(policy);
    }

    /** Adds a certificate profile; one with the same name is replaced. */
    public void add(CertificateProfile profile) {
        tenant.add(profile);
    }

    /** A trusted certificate profile deploys this root certificate (DER) to every enrolled device (AUTO-8). */
    public void deployTrustedRoot(byte[] der) {
        tenant.deployTrustedRoot(der);
    }

    /** The administrator imports a certificate for a user (PKCS imported certificates, AUTO-4). */
    public void importCertificate(ImportedCertificate certificate) {
        tenant.importCertificate(certificate);
    }

    /** The PFX Certificate Connector for Microsoft Intune is installed and active (AUTO-8), or not. */
    public void pfxConnectorInstalled(boolean installed) {
        tenant.pfxConnectorInstalled(installed);
    }

    /** The certification authority that issues certificates to SCEP requests (SCEP certificate profiles). */
    public void scepIssuer(CertificateIssuer issuer) {
        tenant.scepIssuer(issuer);
    }

    /** The certification authority of the derived credential issuer. */
    public void derivedCredentialIssuer(CertificateIssuer issuer) {
        tenant.derivedCredentialIssuer(issuer);
    }

    /** The user holds a smart card the derived credential issuer accepts, so a derived credential can be issued to their devices. */
    public void offerDerivedCredential(String userPrincipalName) {
        tenant.offerDerivedCredential(userPrincipalName);
    }

    /** From now on SCEP requests stay pending (polling sees {@code pending}) until {@link #releaseScepIssuance()}. */
    public void holdScepIssuance() {
        tenant.holdScepIssuance(true);
    }

    /** Pending SCEP requests are issued at their next poll. */
    public void releaseScepIssuance() {
        tenant.holdScepIssuance(false);
    }

    /** From now on every request misbehaves; see {@link #address()} for a refused connection. */
    public void fail(EndpointFault value) {
        api.fail(value);
    }

    /**
     * From now on every request is answered properly again. A refused connection cannot be mended:
     * the address handed over points where nothing listens.
     */
    public void mend() {
        api.mend();
    }

    // What the fake saw

    /** Every request the fake saw in the scenario, oldest first, as paths below it ({@code devices/...}). */
    public List<String> requested() {
        return api.requested();
    }

    /** How many requests the fake saw in the scenario. */
    public long requests() {
        return api.requests();
    }

    /** How many requests about the device ({@code devices/{id}...}) the fake saw. */
    public long requests(String deviceId) {
        return api.requests(deviceId);
    }

    /** Every request that reached the fake, with its body, oldest first (a refused connection never does). */
    public List<Received> received() {
        return api.received();
    }

    /** The SCEP certificates issued to the device, oldest first. */
    public List<X509Certificate> scepIssued(String deviceId) {
        return tenant.scepIssued(deviceId);
    }

    /** The derived credentials issued to the device, oldest first. */
    public List<X509Certificate> derivedCredentialsIssued(String deviceId) {
        return tenant.derivedCredentialsIssued(deviceId);
    }

    /** The enrollment record of a device, if it is enrolled. */
    public Optional<EnrolledDevice> enrollment(String deviceId) {
        return tenant.enrollment(deviceId);
    }
}
