package org.smimeconformance.fakes.intune;

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.GraphJson;
import org.smimeconformance.fakes.http.HttpAnswer;
import org.smimeconformance.fakes.http.HttpMount;
import org.smimeconformance.fakes.http.HttpResponder;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;

/**
 * The HTTP face of a {@link Tenant}: the routes Company Portal on an enrolled device calls, mounted
 * at {@code /s/<n>/intune} on the shared fake HTTP server, answered in JSON with Microsoft
 * Graph-like field names ({@code fakes/README.md} has the shapes):
 *
 * <ul>
 *   <li>{@code GET devices/{id}}: the enrollment record;</li>
 *   <li>{@code GET devices/{id}/trustedRoots}: the root certificates deployed by trusted certificate profiles;</li>
 *   <li>{@code GET devices/{id}/pkcsCertificates}: the certificates imported for the device's user;</li>
 *   <li>{@code GET devices/{id}/appConfigurationPolicies}, {@code GET devices/{id}/certificateProfiles}:
 *       every app configuration policy and certificate profile of the tenant with its targeting;</li>
 *   <li>{@code GET users/{upn}/memberOf}: the Azure AD groups the user is a member of;</li>
 *   <li>{@code POST devices/{id}/scepRequests} with a PKCS#10 request, then
 *       {@code GET devices/{id}/scepRequests/{n}} until it is issued (SCEP, AUTO-5);</li>
 *   <li>{@code POST devices/{id}/derivedCredentials/signing} or {@code .../encryption} with a PKCS#10
 *       request: a derived credential for the device (AUTO-6).</li>
 * </ul>
 *
 * <p>Every {@code devices/{id}} route answers 404 {@code DeviceNotEnrolled} for a device that is
 * not enrolled, and each other refusal of the tenant its own status and code with the tenant's
 * words; another method is 405, anything else 400; all as Graph's error response
 * ({@link GraphJson#error}). It also keeps what it received and misbehaves on demand ({@link #fail}).
 *
 * <p>Thread-safe: the server answers from its own threads.
 */
final class EndpointManagerApi {

    private final Tenant tenant;
    private final HttpMount mount;
    private final Journal journal;
    private final List<Intune.Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<EndpointFault> fault = new AtomicReference<>();

    /** Mounts the tenant's routes at {@link Intune#SEGMENT} of the scenario. */
    EndpointManagerApi(Tenant tenant, ScenarioEndpoints endpoints) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.journal = endpoints.seen();
        this.mount = endpoints.mount(Intune.SEGMENT, Service.INTUNE, new Responder());
    }

    /** The address Company Portal is given; where nothing listens after {@link EndpointFault#CONNECTION_REFUSED}. */
    URI address() {
        return fault.get() == EndpointFault.CONNECTION_REFUSED ? mount.refusingAddress() : mount.address();
    }

    void fail(EndpointFault value) {
        fault.set(Objects.requireNonNull(value, "fault"));
    }

    void mend() {
        if (fault.get() == EndpointFault.CONNECTION_REFUSED) {
            throw new IllegalStateException("a refused connection cannot be mended: the address handed over points where nothing listens");
        }
        fault.set(null);
    }

    /** Every request the scenario's journal has for the fake, oldest first, as paths below it. */
    List<String> requested() {
        return journal.entries(Service.INTUNE).stream().map(Journal.Entry::asked).toList();
    }

    long requests() {
        return journal.entries(Service.INTUNE).size();
    }

    /** How many requests about the device ({@code devices/{id}...}) the fake saw. */
    long requests(String deviceId) {
        String prefix = "devices/" + Tenant.key(deviceId);
        return requested().stream().map(Tenant::key).filter(p -> p.equals(prefix) || p.startsWith(prefix + "/")).count();
    }

    /** Every request that reached the fake, with its body, oldest first. */
    List<Intune.Received> received() {
        return List.copyOf(received);
    }

    /** Answers the mounted path; the body of a POST is what SCEP and derived credential requests carry. */
    private final class Responder implements HttpResponder {

        @Override
        public HttpAnswer answer(String method, String path, String query) {
            return answer(method, path, query, new byte[0]);
        }

        @Override
        public HttpAnswer answer(String method, String path, String query, byte[] body) {
            received.add(new Intune.Received(method, path, body));
            HttpAnswer answer;
            try {
                answer = route(method, path, body);
            } catch (Tenant.Refusal refusal) {
                answer = refused(refusal);
            }
            EndpointFault chosen = fault.get();
            return chosen == null ? answer : answer.failing(chosen);
        }
    }

    private HttpAnswer route(String method, String path, byte[] body) throws Tenant.Refusal {
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[0].equals("users") && parts[2].equals("memberOf")) {
            return "GET".equals(method) ? GraphJson.ok(value(tenant.groupsOf(parts[1]).stream()
                    .map(EndpointManagerApi::group).toList())) : notAllowed();
        }
        if (parts.length < 2 || !parts[0].equals("devices") || parts[1].isEmpty()) {
            return notARoute(path);
        }
        EnrolledDevice device = tenant.enrolled(parts[1]);
        String resource = parts.length == 2 ? "" : String.join("/", List.of(parts).subList(2, parts.length));
        if ("POST".equals(method)) {
            return switch (resource) {
                case "scepRequests" -> scepStatus(202, tenant.requestScepCertificate(device, body), Optional.empty());
                case "derivedCredentials/signing" -> derivedCredential(device, body, CertificateRequests.Use.SIGNING);
                case "derivedCredentials/encryption" -> derivedCredential(device, body, CertificateRequests.Use.ENCRYPTION);
                default -> notAllowed();
            };
        }
        if (!"GET".equals(method)) {
            return notAllowed();
        }
        switch (resource) {
            case "":
                return GraphJson.ok(enrollment(device));
            case "trustedRoots":
                return GraphJson.ok(value(tenant.trustedRoots().stream().map(Base64.getEncoder()::encodeToString).toList()));
            case "pkcsCertificates":
                return GraphJson.ok(value(tenant.importedFor(device).stream().map(EndpointManagerApi::imported).toList()));
            case "appConfigurationPolicies":
                return GraphJson.ok(value(tenant.policies().stream().map(EndpointManagerApi::policy).toList()));
            case "certificateProfiles":
                return GraphJson.ok(value(tenant.profiles().stream().map(EndpointManagerApi::profile).toList()));
            default:
                if (parts.length == 4 && parts[2].equals("scepRequests")) {
                    return scepStatus(200, parts[3], tenant.pollScep(device, parts[3]));
                }
                return notARoute(path);
        }
    }

    private HttpAnswer derivedCredential(EnrolledDevice device, byte[] body, CertificateRequests.Use use)
            throws Tenant.Refusal {
        return GraphJson.ok(Map.of("certificate", base64(tenant.issueDerivedCredential(device, body, use))));
    }

    /** What a refusal of the tenant answers: its status and Graph error code, its message as it is. */
    private static HttpAnswer refused(Tenant.Refusal refusal) {
        return switch (refusal.reason()) {
            case DEVICE_NOT_ENROLLED -> GraphJson.error(404, "DeviceNotEnrolled", refusal.getMessage());
            case UNKNOWN_SCEP_REQUEST -> GraphJson.error(404, "NotFound", refusal.getMessage());
            case BAD_CERTIFICATE_REQUEST -> GraphJson.error(400, "BadCertificateRequest", refusal.getMessage());
            case NO_SMART_CARD -> GraphJson.error(403, "NoDerivedCredential", refusal.getMessage());
            case PFX_CONNECTOR_NOT_INSTALLED -> GraphJson.error(503, "PfxConnectorNotInstalled", refusal.getMessage());
            case SCEP_NOT_CONFIGURED -> GraphJson.error(503, "ScepNotConfigured", refusal.getMessage());
            case DERIVED_CREDENTIAL_ISSUER_NOT_CONFIGURED ->
                    GraphJson.error(503, "DerivedCredentialIssuerNotConfigured", refusal.getMessage());
        };
    }

    private static HttpAnswer notARoute(String path) {
        return GraphJson.error(400, "BadRequest", "Not a route of Endpoint Manager: /" + path);
    }

    private static HttpAnswer notAllowed() {
        return GraphJson.error(405, "MethodNotAllowed", "Endpoint Manager does not answer this method here.");
    }

    // The JSON shapes

    private static Map<String, List<?>> value(List<?> items) {
        return Map.of("value", items);
    }

    /** A SCEP request: {@code {"id", "status": "pending"}}, or {@code "issued"} with its {@code certificate}. */
    private static HttpAnswer scepStatus(int status, String id, Optional<X509Certificate> issued) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("status", issued.isPresent() ? "issued" : "pending");
        issued.ifPresent(certificate -> json.put("certificate", base64(certificate)));
        return GraphJson.answer(status, json);
    }

    private static Map<String, Object> group(String displayName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph.group");
        json.put("displayName", displayName);
        return json;
    }

    private static Map<String, Object> enrollment(EnrolledDevice device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", device.deviceId());
        json.put("userPrincipalName", device.userPrincipalName());
        json.put("operatingSystem", device.operatingSystem());
        json.put("enrollmentType", device.enrollmentType());
        json.put("managementAgent", "intune");
        return json;
    }

    private static Map<String, Object> imported(Tenant.Import imported) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", imported.id());
        json.put("userPrincipalName", imported.certificate().userPrincipalName());
        json.put("pfxBlob", Base64.getEncoder().encodeToString(imported.certificate().pfx()));
        json.put("pfxPassword", imported.certificate().password());
        return json;
    }

    private static Map<String, Object> policy(AppConfigurationPolicy policy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("displayName", policy.name());
        json.put("platform", policy.platform());
        json.put("targetedApp", policy.targetedApp());
        json.put("assignments", policy.assignedGroups());
        json.put("settings", policy.settings());
        policy.smimeCertificates().ifPresent(settings -> json.put("smimeCertificates", settings));
        return json;
    }

    private static Map<String, Object> profile(CertificateProfile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("displayName", profile.name());
        json.put("platform", profile.platform());
        json.put("type", profile.type());
        json.put("intendedPurpose", profile.intendedPurpose());
        json.put("assignments", profile.assignedGroups());
        return json;
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("an issued certificate cannot be encoded", e);
        }
    }
}
