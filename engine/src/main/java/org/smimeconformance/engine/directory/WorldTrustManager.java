package org.smimeconformance.engine.directory;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.X509TrustManager;

/**
 * Trusts a TLS server (the LDAP directory over {@code ldaps://}) whose chain leads to a root of the
 * world's virtual certificate collection, with validity judged at the world's clock, never the
 * wall clock. The chain's signatures and validity are checked with the JDK's PKIX validator;
 * revocation is not (a TLS server's CRL is not the app's concern here). The host name is checked
 * apart, by the connection. Thread-safe and immutable.
 */
final class WorldTrustManager implements X509TrustManager {

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    WorldTrustManager(List<X509Certificate> roots, Clock clock) {
        this.anchors = roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        if (anchors.isEmpty()) {
            throw new CertificateException("the virtual certificate collection is empty, so no server is trusted");
        }
        try {
            // A server may send its root too; the path the validator wants ends below the anchor.
            int length = chain.length;
            while (length > 1 && isAnchor(chain[length - 1])) {
                length--;
            }
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(chain).subList(0, length));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
        } catch (GeneralSecurityException e) {
            throw new CertificateException("the server's certificate does not lead to a trusted root: " + e.getMessage(), e);
        }
    }

    private boolean isAnchor(X509Certificate certificate) {
        return anchors.stream().anyMatch(anchor -> anchor.getTrustedCert().equals(certificate));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the app is a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.stream().map(TrustAnchor::getTrustedCert).toArray(X509Certificate[]::new);
    }
}
