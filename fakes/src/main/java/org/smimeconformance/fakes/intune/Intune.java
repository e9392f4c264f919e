package org.smimeconformance.fakes.intune;

import java.net.URI;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Microsoft Endpoint Manager (Intune) of one scenario, as Company Portal on an enrolled device
 * reaches it, served as JSON under {@code /s/<n>/intune} on the shared fake HTTP server. The routes
 * and shapes are those of {@code fakes/README.md}:
 *
 * <ul>
 *   <li>{@code GET devices/{id}}: the enrollment record, or 404 when the device is not enrolled;</li>
 *   <li>{@code GET devices/{id}/trustedRoots}: the root certificates deployed by trusted certificate profiles;</li>
 *   <li>{@code GET devices/{id}/pkcsCertificates}: the certificates imported for the device's user,
 *       or 503 when the PFX connector is not installed;</li>
 *   <li>{@code GET devices/{id}/appConfigurationPolicies}, {@code GET devices/{id}/certificateProfiles}:
 *       every app configuration policy and certificate profile of the tenant with its targeting, for
 *       the client to judge;</li>
 *   <li>{@code GET users/{upn}/memberOf}: the Azure AD groups the user is a member of;</li>
 *   <li>{@code POST devices/{id}/scepRequests} with a PKCS#10 request, then
 *       {@code GET devices/{id}/scepRequests/{n}} until it is issued (SCEP, AUTO-5);</li>
 *   <li>{@code POST devices/{id}/derivedCredentials/signing} or {@code .../encryption} with a PKCS#10
 *       request: a derived credential for the device (AUTO-6).</li>
 * </ul>
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

    private final HttpMount mount;
    private final Journal journal;
    private final Map<String, EnrolledDevice> devices = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final List<AppConfigurationPolicy> policies = new CopyOnWriteArrayList<>();
    private final List<CertificateProfile> profiles = new CopyOnWriteArrayList<>();
    private final List<byte[]> trustedRoots = new CopyOnWriteArrayList<>();
    private final List<ImportedCertificate> imported = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pfxConnector = new AtomicBoolean();
    private final AtomicReference<CertificateIssuer> scepIssuer = new AtomicReference<>();
    private final AtomicReference<CertificateIssuer> derivedCredentialIssuer = new AtomicReference<>();
    private final Set<String> smartCardHolders = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean holdScep = new AtomicBoolean();
    private final AtomicInteger scepSequence = new AtomicInteger();
    private final Map<String, ScepRequest> scepRequests = new ConcurrentHashMap<>();
    private final Map<String, List<X509Certificate>> scepIssued = new ConcurrentHashMap<>();
    private final Map<String, List<X509Certificate>> derivedIssued = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<EndpointFault> fault = new AtomicReference<>();

    /** A certificate request of a device, pending until issued. */
    private record ScepRequest(String id, String deviceId, PublicKey key, AtomicReference<X509Certificate> issued) {
    }

    private Intune(ScenarioEndpoints endpoints) {
        this.journal = endpoints.seen();
        this.mount = endpoints.mount(SEGMENT, Service.INTUNE, new Responder());
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
        return fault.get() == EndpointFault.CONNECTION_REFUSED ? mount.refusingAddress() : mount.address();
    }

    // What the administrator did

    /** Enrolls a device, or replaces its enrollment record. */
    public void enroll(EnrolledDevice device) {
        devices.put(key(device.deviceId()), device);
    }

    /** Removes a device's enrollment (retired, wiped, or never finished). */
    public void unenroll(String deviceId) {
        devices.remove(key(deviceId));
    }

    /** Makes the user a member of the Azure AD group (display name). */
    public void addMember(String group, String userPrincipalName) {
        groups.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(key(userPrincipalName));
    }

    /** Adds an app configuration policy; one with the same name is replaced. */
    public void add(AppConfigurationPolicy policy) {
        policies.removeIf(p -> p.name().equals(policy.name()));
        policies.add(policy);
    }

    /** Adds a certificate profile; one with the same name is replaced. */
    public void add(CertificateProfile profile) {
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(profile);
    }

    /** A trusted certificate profile deploys this root certificate (DER) to every enrolled device (AUTO-8). */
    public void deployTrustedRoot(byte[] der) {
        trustedRoots.add(der.clone());
    }

    /** The administrator imports a certificate for a user (PKCS imported certificates, AUTO-4). */
    public void importCertificate(ImportedCertificate certificate) {
        imported.add(certificate);
    }

    /** The PFX Certificate Connector for Microsoft Intune is installed and active (AUTO-8), or not. */
    public void pfxConnectorInstalled(boolean installed) {
        pfxConnector.set(installed);
    }

    /** The certification authority that issues certificates to SCEP requests (SCEP certificate profiles). */
    public void scepIssuer(CertificateIssuer issuer) {
        scepIssuer.set(Objects.requireNonNull(issuer, "issuer"));
    }

    /** The certification authority of the derived credential issuer. */
    public void derivedCredentialIssuer(CertificateIssuer issuer) {
        derivedCredentialIssuer.set(Objects.requireNonNull(issuer, "issuer"));
    }

    /** The user holds a smart card the derived credential issuer accepts, so a derived credential can be issued to their devices. */
    public void offerDerivedCredential(String userPrincipalName) {
        smartCardHolders.add(key(userPrincipalName));
    }

    /** From now on SCEP requests stay pending (polling sees {@code pending}) until {@link #releaseScepIssuance()}. */
    public void holdScepIssuance() {
        holdScep.set(true);
    }

    /** Pending SCEP requests are issued at their next poll. */
    public void releaseScepIssuance() {
        holdScep.set(false);
    }

    /** From now on every request misbehaves; see {@link #address()} for a refused connection. */
    public void fail(EndpointFault value) {
        fault.set(Objects.requireNonNull(value, "fault"));
    }

    /**
     * From now on every request is answered properly again. A refused connection cannot be mended:
     * the address handed over points where nothing listens.
     */
    public void mend() {
        if (fault.get() == EndpointFault.CONNECTION_REFUSED) {
            throw new IllegalStateException("a refused connection cannot be mended: the address handed over points where nothing listens");
        }
        fault.set(null);
    }

    // What the fake saw

    /** Every request the fake saw in the scenario, oldest first, as paths below it ({@code devices/...}). */
    public List<String> requested() {
        return journal.entries(Service.INTUNE).stream().map(Journal.Entry::asked).toList();
    }

    /** How many requests the fake saw in the scenario. */
    public long requests() {
        return journal.entries(Service.INTUNE).size();
    }

    /** How many requests about the device ({@code devices/{id}...}) the fake saw. */
    public long requests(String deviceId) {
        String prefix = "devices/" + key(deviceId);
        return requested().stream().map(Intune::key).filter(p -> p.equals(prefix) || p.startsWith(prefix + "/")).count();
    }

    /** Every request that reached the fake, with its body, oldest first (a refused connection never does). */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The SCEP certificates issued to the device, oldest first. */
    public List<X509Certificate> scepIssued(String deviceId) {
        return List.copyOf(scepIssued.getOrDefault(key(deviceId), List.of()));
    }

    /** The derived credentials issued to the device, oldest first. */
    public List<X509Certificate> derivedCredentialsIssued(String deviceId) {
        return List.copyOf(derivedIssued.getOrDefault(key(deviceId), List.of()));
    }

    /** The enrollment record of a device, if it is enrolled. */
    public Optional<EnrolledDevice> enrollment(String deviceId) {
        return Optional.ofNullable(devices.get(key(deviceId)));
    }

    // Answers

    /** Answers the mounted path; the body of a POST is what SCEP and derived credential requests carry. */
    private final class Responder implements HttpResponder {

        @Override
        public HttpAnswer answer(String method, String path, String query) {
            return answer(method, path, query, new byte[0]);
        }

        @Override
        public HttpAnswer answer(String method, String path, String query, byte[] body) {
            received.add(new Received(method, path, body));
            HttpAnswer answer = route(method, path, body);
            EndpointFault chosen = fault.get();
            return chosen == null ? answer : answer.failing(chosen);
        }
    }

    private HttpAnswer route(String method, String path, byte[] body) {
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[0].equals("users") && parts[2].equals("memberOf")) {
            return "GET".equals(method) ? GraphJson.ok(memberOf(parts[1])) : notAllowed();
        }
        if (parts.length < 2 || !parts[0].equals("devices") || parts[1].isEmpty()) {
            return GraphJson.error(400, "BadRequest", "Not a route of Endpoint Manager: /" + path);
        }
        EnrolledDevice device = devices.get(key(parts[1]));
        if (device == null) {
            return GraphJson.error(404, "DeviceNotEnrolled", "No device with the id " + parts[1] + " is enrolled in Endpoint Manager.");
        }
        String resource = parts.length == 2 ? "" : String.join("/", List.of(parts).subList(2, parts.length));
        if ("POST".equals(method)) {
            if (resource.equals("scepRequests")) {
                return scepRequest(device, body);
            }
            if (resource.equals("derivedCredentials/signing")) {
                return derivedCredential(device, body, CertificateRequests.Use.SIGNING);
            }
            if (resource.equals("derivedCredentials/encryption")) {
                return derivedCredential(device, body, CertificateRequests.Use.ENCRYPTION);
            }
            return notAllowed();
        }
        if (!"GET".equals(method)) {
            return notAllowed();
        }
        switch (resource) {
            case "":
                return GraphJson.ok(device(device));
            case "trustedRoots":
                return GraphJson.ok(Map.of("value", trustedRoots.stream().map(Base64.getEncoder()::encodeToString).toList()));
            case "pkcsCertificates":
                return pkcsCertificates(device);
            case "appConfigurationPolicies":
                return GraphJson.ok(Map.of("value", policies.stream().map(Intune::policy).toList()));
            case "certificateProfiles":
                return GraphJson.ok(Map.of("value", profiles.stream().map(Intune::profile).toList()));
            default:
                if (parts.length == 4 && parts[2].equals("scepRequests")) {
                    return scepPoll(device, parts[3]);
                }
                return GraphJson.error(400, "BadRequest", "Not a route of Endpoint Manager: /" + path);
        }
    }

    private HttpAnswer pkcsCertificates(EnrolledDevice device) {
        if (!pfxConnector.get()) {
            return GraphJson.error(503, "PfxConnectorNotInstalled", "The PFX Certificate Connector for Microsoft Intune is not "
                    + "installed, so imported certificates cannot be delivered.");
        }
        List<Map<String, Object>> value = new ArrayList<>();
        int n = 0;
        for (ImportedCertificate certificate : imported) {
            n++;
            if (key(certificate.userPrincipalName()).equals(key(device.userPrincipalName()))) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", "imported-" + n);
                json.put("userPrincipalName", certificate.userPrincipalName());
                json.put("pfxBlob", Base64.getEncoder().encodeToString(certificate.pfx()));
                json.put("pfxPassword", certificate.password());
                value.add(json);
            }
        }
        return GraphJson.ok(Map.of("value", value));
    }

    private HttpAnswer scepRequest(EnrolledDevice device, byte[] body) {
        if (scepIssuer.get() == null) {
            return GraphJson.error(503, "ScepNotConfigured", "No certification authority issues SCEP certificates in this tenant.");
        }
        PublicKey key;
        try {
            key = CertificateRequests.publicKeyOf(body);
        } catch (CertificateRequests.Refused refused) {
            return GraphJson.error(400, "BadCertificateRequest", refused.getMessage());
        }
        String id = String.valueOf(scepSequence.incrementAndGet());
        scepRequests.put(id, new ScepRequest(id, key(device.deviceId()), key, new AtomicReference<>()));
        return GraphJson.answer(202, Map.of("id", id, "status", "pending"));
    }

    private HttpAnswer scepPoll(EnrolledDevice device, String id) {
        ScepRequest request = scepRequests.get(id);
        if (request == null || !request.deviceId().equals(key(device.deviceId()))) {
            return GraphJson.error(404, "NotFound", "The device has no certificate request " + id + ".");
        }
        if (request.issued().get() == null) {
            if (holdScep.get()) {
                return GraphJson.ok(Map.of("id", id, "status", "pending"));
            }
            synchronized (request) {
                if (request.issued().get() == null) {
                    X509Certificate certificate = CertificateRequests.issue(scepIssuer.get(), request.key(),
                            device.userPrincipalName(), CertificateRequests.Use.SIGNING);
                    request.issued().set(certificate);
                    scepIssued.computeIfAbsent(request.deviceId(), d -> new CopyOnWriteArrayList<>()).add(certificate);
                }
            }
        }
        return GraphJson.ok(Map.of("id", id, "status", "issued", "certificate", base64(request.issued().get())));
    }

    private HttpAnswer derivedCredential(EnrolledDevice device, byte[] body, CertificateRequests.Use use) {
        CertificateIssuer issuer = derivedCredentialIssuer.get();
        if (issuer == null) {
            return GraphJson.error(503, "DerivedCredentialIssuerNotConfigured", "No derived credential issuer is set up in this tenant.");
        }
        if (!smartCardHolders.contains(key(device.userPrincipalName()))) {
            return GraphJson.error(403, "NoDerivedCredential", device.userPrincipalName()
                    + " has no smart card the derived credential issuer accepts.");
        }
        PublicKey key;
        try {
            key = CertificateRequests.publicKeyOf(body);
        } catch (CertificateRequests.Refused refused) {
            return GraphJson.error(400, "BadCertificateRequest", refused.getMessage());
        }
        X509Certificate certificate = CertificateRequests.issue(issuer, key, device.userPrincipalName(), use);
        derivedIssued.computeIfAbsent(key(device.deviceId()), d -> new CopyOnWriteArrayList<>()).add(certificate);
        return GraphJson.ok(Map.of("certificate", base64(certificate)));
    }

    private Map<String, Object> memberOf(String userPrincipalName) {
        List<Map<String, Object>> value = new ArrayList<>();
        groups.forEach((group, members) -> {
            if (members.contains(key(userPrincipalName))) {
                value.add(Map.of("@odata.type", "#microsoft.graph.group", "displayName", group));
            }
        });
        value.sort((a, b) -> String.valueOf(a.get("displayName")).compareTo(String.valueOf(b.get("displayName"))));
        return Map.of("value", value);
    }

    private static Map<String, Object> device(EnrolledDevice device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", device.deviceId());
        json.put("userPrincipalName", device.userPrincipalName());
        json.put("operatingSystem", device.operatingSystem());
        json.put("enrollmentType", device.enrollmentType());
        json.put("managementAgent", "intune");
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

    private static HttpAnswer notAllowed() {
        return GraphJson.error(405, "MethodNotAllowed", "Endpoint Manager does not answer this method here.");
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

}
