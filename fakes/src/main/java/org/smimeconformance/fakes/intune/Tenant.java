package org.smimeconformance.fakes.intune;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
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

/**
 * One tenant of Microsoft Endpoint Manager (Intune): what its administrator did (devices enrolled,
 * Azure AD groups and their members, app configuration policies, certificate profiles, trusted
 * roots deployed, certificates imported, the PFX connector, the certification authorities behind
 * SCEP and derived credentials) and what it has done for devices since (SCEP requests, certificates
 * issued). It knows nothing of HTTP: {@link EndpointManagerApi} answers Company Portal from it.
 *
 * <p>A fresh tenant has done nothing. Device ids and user principal names are matched ignoring
 * case and surrounding blanks ({@link #key}). Certificates are issued only for keys whose request
 * the device signed, and carry the address of the user the device is enrolled for.
 *
 * <p>Thread-safe: the administrator (the scenario) and the devices (the server's threads) act on it
 * at once.
 */
final class Tenant {

    /** Why the tenant does not do what a device asks; the message says it in words. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        /** What is missing or wrong. */
        enum Reason {
            /** The device is not enrolled (never, or no longer). */
            DEVICE_NOT_ENROLLED,
            /** Imported certificates cannot be delivered without the PFX connector. */
            PFX_CONNECTOR_NOT_INSTALLED,
            /** No certification authority issues SCEP certificates. */
            SCEP_NOT_CONFIGURED,
            /** The device made no SCEP request of that id. */
            UNKNOWN_SCEP_REQUEST,
            /** No derived credential issuer is set up. */
            DERIVED_CREDENTIAL_ISSUER_NOT_CONFIGURED,
            /** The user holds no smart card the derived credential issuer accepts. */
            NO_SMART_CARD,
            /** What the device sent is not a PKCS#10 request signed by the key it carries. */
            BAD_CERTIFICATE_REQUEST
        }

        private final Reason reason;

        Refusal(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    /**
     * A certificate imported for a user, with the id the tenant gave it: {@code imported-<n>}, the
     * n-th import of the tenant.
     */
    record Import(String id, ImportedCertificate certificate) {
    }

    /** A device's SCEP request, pending until its certificate is issued. */
    private record ScepRequest(String id, String deviceKey, PublicKey key, AtomicReference<X509Certificate> issued) {
    }

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

    // What the administrator does

    void enroll(EnrolledDevice device) {
        devices.put(key(device.deviceId()), device);
    }

    void unenroll(String deviceId) {
        devices.remove(key(deviceId));
    }

    void addMember(String group, String userPrincipalName) {
        groups.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(key(userPrincipalName));
    }

    /** Adds the policy, replacing one of the same name. */
    void add(AppConfigurationPolicy policy) {
        policies.removeIf(p -> p.name().equals(policy.name()));
        policies.add(policy);
    }

    /** Adds the profile, replacing one of the same name. */
    void add(CertificateProfile profile) {
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(profile);
    }

    void deployTrustedRoot(byte[] der) {
        trustedRoots.add(der.clone());
    }

    void importCertificate(ImportedCertificate certificate) {
        imported.add(certificate);
    }

    void pfxConnectorInstalled(boolean installed) {
        pfxConnector.set(installed);
    }

    void scepIssuer(CertificateIssuer issuer) {
        scepIssuer.set(Objects.requireNonNull(issuer, "issuer"));
    }

    void derivedCredentialIssuer(CertificateIssuer issuer) {
        derivedCredentialIssuer.set(Objects.requireNonNull(issuer, "issuer"));
    }

    void offerDerivedCredential(String userPrincipalName) {
        smartCardHolders.add(key(userPrincipalName));
    }

    /** Whether SCEP requests stay pending at their polls. */
    void holdScepIssuance(boolean hold) {
        holdScep.set(hold);
    }

    // What a device asks

    /** The enrollment record of the device, if it is enrolled. */
    Optional<EnrolledDevice> enrollment(String deviceId) {
        return Optional.ofNullable(devices.get(key(deviceId)));
    }

    /** The enrollment record of the device. */
    EnrolledDevice enrolled(String deviceId) throws Refusal {
        return enrollment(deviceId).orElseThrow(() -> new Refusal(Refusal.Reason.DEVICE_NOT_ENROLLED,
                "No device with the id " + deviceId + " is enrolled in Endpoint Manager."));
    }

    /** The Azure AD groups the user is a direct member of, by display name, sorted; empty for an unknown user. */
    List<String> groupsOf(String userPrincipalName) {
        List<String> memberOf = new ArrayList<>();
        groups.forEach((group, members) -> {
            if (members.contains(key(userPrincipalName))) {
                memberOf.add(group);
            }
        });
        memberOf.sort(null);
        return List.copyOf(memberOf);
    }

    /** Every app configuration policy, in the order added. */
    List<AppConfigurationPolicy> policies() {
        return List.copyOf(policies);
    }

    /** Every certificate profile, in the order added. */
    List<CertificateProfile> profiles() {
        return List.copyOf(profiles);
    }

    /** The root certificates (DER) trusted certificate profiles deploy, in the order deployed. */
    List<byte[]> trustedRoots() {
        return trustedRoots.stream().map(byte[]::clone).toList();
    }

    /** The certificates imported for the device's user, in the order imported; only through the PFX connector. */
    List<Import> importedFor(EnrolledDevice device) throws Refusal {
        if (!pfxConnector.get()) {
            throw new Refusal(Refusal.Reason.PFX_CONNECTOR_NOT_INSTALLED, "The PFX Certificate Connector for "
                    + "Microsoft Intune is not installed, so imported certificates cannot be delivered.");
        }
        List<Import> delivered = new ArrayList<>();
        int n = 0;
        for (ImportedCertificate certificate : imported) {
            n++;
            if (key(certificate.userPrincipalName()).equals(key(device.userPrincipalName()))) {
                delivered.add(new Import("imported-" + n, certificate));
            }
        }
        return List.copyOf(delivered);
    }

    /** Takes the device's SCEP request (DER PKCS#10), pending; its id, {@code 1}, {@code 2}, ... */
    String requestScepCertificate(EnrolledDevice device, byte[] pkcs10) throws Refusal {
        if (scepIssuer.get() == null) {
            throw new Refusal(Refusal.Reason.SCEP_NOT_CONFIGURED,
                    "No certification authority issues SCEP certificates in this tenant.");
        }
        PublicKey key = publicKeyOf(pkcs10);
        String id = String.valueOf(scepSequence.incrementAndGet());
        scepRequests.put(id, new ScepRequest(id, key(device.deviceId()), key, new AtomicReference<>()));
        return id;
    }

    /**
     * The certificate for the device's SCEP request, issued at the first poll unless issuance is
     * held; empty while it is pending.
     */
    Optional<X509Certificate> pollScep(EnrolledDevice device, String id) throws Refusal {
        ScepRequest request = scepRequests.get(id);
        if (request == null || !request.deviceKey().equals(key(device.deviceId()))) {
            throw new Refusal(Refusal.Reason.UNKNOWN_SCEP_REQUEST, "The device has no certificate request " + id + ".");
        }
        if (request.issued().get() == null) {
            if (holdScep.get()) {
                return Optional.empty();
            }
            synchronized (request) {
                if (request.issued().get() == null) {
                    X509Certificate certificate = CertificateRequests.issue(scepIssuer.get(), request.key(),
                            device.userPrincipalName(), CertificateRequests.Use.SIGNING);
                    request.issued().set(certificate);
                    scepIssued.computeIfAbsent(request.deviceKey(), d -> new CopyOnWriteArrayList<>()).add(certificate);
                }
            }
        }
        return Optional.of(request.issued().get());
    }

    /** Issues a derived credential for the key of the device's request (DER PKCS#10). */
    X509Certificate issueDerivedCredential(EnrolledDevice device, byte[] pkcs10, CertificateRequests.Use use)
            throws Refusal {
        CertificateIssuer issuer = derivedCredentialIssuer.get();
        if (issuer == null) {
            throw new Refusal(Refusal.Reason.DERIVED_CREDENTIAL_ISSUER_NOT_CONFIGURED,
                    "No derived credential issuer is set up in this tenant.");
        }
        if (!smartCardHolders.contains(key(device.userPrincipalName()))) {
            throw new Refusal(Refusal.Reason.NO_SMART_CARD, device.userPrincipalName()
                    + " has no smart card the derived credential issuer accepts.");
        }
        X509Certificate certificate = CertificateRequests.issue(issuer, publicKeyOf(pkcs10),
                device.userPrincipalName(), use);
        derivedIssued.computeIfAbsent(key(device.deviceId()), d -> new CopyOnWriteArrayList<>()).add(certificate);
        return certificate;
    }

    // What the tenant did

    /** The SCEP certificates issued to the device, oldest first. */
    List<X509Certificate> scepIssued(String deviceId) {
        return List.copyOf(scepIssued.getOrDefault(key(deviceId), List.of()));
    }

    /** The derived credentials issued to the device, oldest first. */
    List<X509Certificate> derivedCredentialsIssued(String deviceId) {
        return List.copyOf(derivedIssued.getOrDefault(key(deviceId), List.of()));
    }

    /** How a device id or user principal name is matched: case and surrounding blanks ignored. */
    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static PublicKey publicKeyOf(byte[] pkcs10) throws Refusal {
        try {
            return CertificateRequests.publicKeyOf(pkcs10);
        } catch (CertificateRequests.Refused refused) {
            throw new Refusal(Refusal.Reason.BAD_CERTIFICATE_REQUEST, refused.getMessage());
        }
    }
}
