package org.smimeconformance.engine.device;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.CertificateStores;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Pkcs12Export;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.trust.CertificateFields;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The certificate stores of one device, in memory: the Microsoft publisher keychain and the iOS
 * system keychain on iOS, the Android KeyStore on Android. Outlook sees only the publisher keychain
 * on iOS and the KeyStore on Android (AUTO-2, the {@link StoreAccess} part); a store of the other
 * platform cannot be installed into ({@code UNSUPPORTED}). A PKCS#12 file is opened by the
 * {@link Pkcs12Opener} part before anything of it is installed; exporting asks for a strong
 * password ({@link PasswordStrength}, MAN-3).
 *
 * <p>Each installed certificate gets the id {@code certificate-N}, N counting from 1 on this device.
 * Installing a certificate that is already in that store adds no second entry: it keeps its id and
 * gains the private key if the new installation brings one. Choosing the user's certificate is the
 * {@link CertificateChooser}'s, at the world's clock.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public final class DeviceCertificateStores implements CertificateStores {

    private final Platform platform;
    private final CertificateChooser chooser;
    private final Clock clock;
    private final StoreAccess access;
    private final Pkcs12Opener opener;
    private final CertificateReader reader = new CertificateReader();
    private final List<Stored> stored = new ArrayList<>();
    private int nextId = 1;

    public DeviceCertificateStores(Platform platform, CertificateChooser chooser, Clock clock) {
        this(platform, chooser, clock, StoreAccess.reference(), Pkcs12Opener.reference());
    }

    /**
     * @param access which stores Outlook reads (AUTO-2)
     * @param opener how a PKCS#12 file is opened with its password (MAN-3)
     */
    public DeviceCertificateStores(Platform platform, CertificateChooser chooser, Clock clock, StoreAccess access,
                                   Pkcs12Opener opener) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public Outcome installPkcs12(CertificateStore store, byte[] pkcs12, char[] password) {
        Optional<Outcome> foreign = foreignStore(store);
        if (foreign.isPresent()) {
            return foreign.get();
        }
        Pkcs12File.Contents contents;
        try {
            contents = opener.open(pkcs12, password);
        } catch (Pkcs12File.Unreadable unreadable) {
            return Outcome.of(unreadable.code(), unreadable.getMessage() + "; nothing was installed");
        }
        List<String> ids = new ArrayList<>();
        for (Pkcs12File.KeyEntry key : contents.keys()) {
            ids.add(put(store, key.certificate(), Optional.of(key.privateKey()), key.chain().subList(1, key.chain().size())));
        }
        for (X509Certificate certificate : contents.certificates()) {
            ids.add(put(store, certificate, Optional.empty(), List.of()));
        }
        return Outcome.of(OutcomeCode.OK, "installed into " + store + ": " + String.join(", ", ids)
                + (contents.keys().isEmpty() ? " (no private key in the file)" : ""));
    }

    @Override
    public Outcome installCertificate(CertificateStore store, byte[] certificate) {
        Optional<Outcome> foreign = foreignStore(store);
        if (foreign.isPresent()) {
            return foreign.get();
        }
        Optional<List<X509Certificate>> read = certificate == null ? Optional.empty() : reader.certificates(certificate);
        if (read.isEmpty()) {
            return Outcome.of(OutcomeCode.MALFORMED_CERTIFICATE,
                    "the certificate cannot be read as X.509 (DER or PEM); nothing was installed");
        }
        X509Certificate leaf = read.get().get(0);
        String id = put(store, leaf, Optional.empty(), read.get().subList(1, read.get().size()));
        return Outcome.of(OutcomeCode.OK, "installed into " + store + ": " + id + ", "
                + CertificateFields.subject(leaf));
    }

    /** Installs into the Microsoft publisher keychain on iOS, the KeyStore on Android (MAN-1). */
    @Override
    public Outcome installAttachment(byte[] pkcs12, char[] password) {
        return installPkcs12(outlooksStore(), pkcs12, password);
    }

    /**
     * {@code OK} with the file; {@code UNKNOWN_CERTIFICATE} when no certificate visible to Outlook has
     * the id, {@code PRIVATE_KEY_MISSING} when its key is not on the device, {@code WEAK_PASSWORD}
     * when the password is missing or not strong (MAN-3).
     */
    @Override
    public Pkcs12Export export(String certificateId, char[] password) {
        Optional<Stored> entry = stored.stream()
                .filter(e -> e.id().equals(certificateId) && visibleToOutlook(e.store()))
                .findFirst();
        if (entry.isEmpty()) {
            return new Pkcs12Export(Outcome.of(OutcomeCode.UNKNOWN_CERTIFICATE, "no certificate visible to Outlook on "
                    + "this device has the id '" + certificateId + "'; nothing was exported"), Optional.empty());
        }
        if (entry.get().privateKey().isEmpty()) {
            return new Pkcs12Export(Outcome.of(OutcomeCode.PRIVATE_KEY_MISSING, "certificate " + certificateId
                    + " cannot be exported with its private key: the key is not on this device"), Optional.empty());
        }
        Optional<String> weakness = PasswordStrength.weakness(password);
        if (weakness.isPresent()) {
            return new Pkcs12Export(Outcome.of(OutcomeCode.WEAK_PASSWORD, weakness.get() + "; nothing was exported"),
                    Optional.empty());
        }
        return new Pkcs12Export(Outcome.of(OutcomeCode.OK, "certificate " + certificateId + " exported with its "
                + "private key, protected by the password"), Optional.of(exportPkcs12(certificateId, password)));
    }

    /**
     * @throws IllegalArgumentException when no certificate visible to Outlook has the id, its
     *                                  private key is not on the device, or the password is not
     *                                  strong (see {@link #export} for the same as outcomes)
     */
    @Override
    public byte[] exportPkcs12(String certificateId, char[] password) {
        Stored entry = visible(certificateId);
        if (entry.privateKey().isEmpty()) {
            throw new IllegalArgumentException("certificate " + certificateId
                    + " cannot be exported with its private key: the key is not on this device");
        }
        Optional<String> weakness = PasswordStrength.weakness(password);
        if (weakness.isPresent()) {
            throw new IllegalArgumentException("certificate " + certificateId + " is not exported: " + weakness.get());
        }
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(entry.certificate());
        chain.addAll(entry.chain());
        return Pkcs12File.write(entry.privateKey().get(), chain, password == null ? new char[0] : password);
    }

    @Override
    public List<InstalledCertificate> visibleToOutlook() {
        return stored.stream().filter(entry -> visibleToOutlook(entry.store())).map(Stored::installed).toList();
    }

    /** @throws IllegalArgumentException when no certificate visible to Outlook has the id */
    @Override
    public CertificateDetails details(String certificateId) {
        return CertificateDetailsReader.read(visible(certificateId).certificate());
    }

    @Override
    public CertificateSelection certificateFor(Account account, Purpose purpose) {
        return chooser.choose(visibleToOutlook(), account, purpose, clock.instant());
    }

    /**
     * The private key of a certificate Outlook can see, when it is on the device: what signing and
     * decrypting use (SEND-7, VIEW-2). Empty for a certificate without its key, or one Outlook
     * cannot see.
     */
    public Optional<PrivateKey> privateKey(String certificateId) {
        return stored.stream()
                .filter(entry -> entry.id().equals(certificateId) && visibleToOutlook(entry.store()))
                .findFirst()
                .flatMap(Stored::privateKey);
    }

    /**
     * The certificates that were installed with a certificate Outlook can see (the rest of the
     * chain in its PKCS#12 file, or in the bundle it came in), issuer first; empty when none came
     * or Outlook cannot see it.
     */
    public List<X509Certificate> chain(String certificateId) {
        return stored.stream()
                .filter(entry -> entry.id().equals(certificateId) && visibleToOutlook(entry.store()))
                .findFirst()
                .map(Stored::chain)
                .orElse(List.of());
    }

    /**
     * Places a certificate with its private key where Outlook finds it, as Company Portal does (the
     * Microsoft publisher keychain on iOS, the KeyStore on Android; AUTO-2, AUTO-3), with the
     * certificates of its chain that came with it, issuer first.
     *
     * @return the certificate's id on the device
     */
    public String place(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {
        return put(outlooksStore(), certificate, Optional.of(privateKey), chain);
    }

    /** The store where certificates for Outlook go on this device's platform. */
    public CertificateStore outlooksStore() {
        return StoreAccess.outlooksStore(platform);
    }

    /** Every certificate on the device, those Outlook cannot see included, in installation order. */
    public List<InstalledCertificate> all() {
        return stored.stream().map(Stored::installed).toList();
    }

    private boolean visibleToOutlook(CertificateStore store) {
        return access.outlookReads(platform, store);
    }

    private Optional<Outcome> foreignStore(CertificateStore store) {
        Objects.requireNonNull(store, "store");
        if (store.platform() == platform) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(OutcomeCode.UNSUPPORTED, store + " is a store of " + store.platform()
                + ", and this device runs " + platform + "; nothing was installed"));
    }

    private Stored visible(String certificateId) {
        return stored.stream()
                .filter(entry -> entry.id().equals(certificateId) && visibleToOutlook(entry.store()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no certificate visible to Outlook on this device "
                        + "has the id '" + certificateId + "'"));
    }

    private String put(CertificateStore store, X509Certificate certificate, Optional<PrivateKey> privateKey,
                       List<X509Certificate> chain) {
        byte[] der = der(certificate);
        for (int i = 0; i < stored.size(); i++) {
            Stored entry = stored.get(i);
            if (entry.store() == store && Arrays.equals(entry.der(), der)) {
                stored.set(i, new Stored(entry.id(), store, certificate, der,
                        privateKey.isPresent() ? privateKey : entry.privateKey(),
                        chain.isEmpty() ? entry.chain() : chain));
                return entry.id();
            }
        }
        String id = "certificate-" + nextId++;
        stored.add(new Stored(id, store, certificate, der, privateKey, chain));
        return id;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }

    private record Stored(String id, CertificateStore store, X509Certificate certificate, byte[] der,
                          Optional<PrivateKey> privateKey, List<X509Certificate> chain) {

        Stored {
            chain = List.copyOf(chain);
        }

        InstalledCertificate installed() {
            return new InstalledCertificate(id, store, der.clone(), privateKey.isPresent());
        }
    }
}
