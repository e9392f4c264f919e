package org.smimeconformance.engine.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.PEMParser;

/**
 * Reads certificates and CRLs as they travel: DER, or PEM (RFC 7468). Certificates may also come
 * as a PKCS#7 / CMS "certs-only" bundle, DER or PEM, as AIA caIssuers addresses often serve them.
 * Unreadable input gives an empty answer, never an exception. Stateless and thread-safe.
 */
public final class CertificateReader {

    private static final byte[] PEM_START = "-----BEGIN".getBytes(StandardCharsets.US_ASCII);

    /**
     * Every certificate in the input, in order: one DER certificate, a DER certs-only bundle, or
     * PEM holding certificates and/or bundles. Empty when the input holds no certificate or
     * anything unreadable.
     */
    public Optional<List<X509Certificate>> certificates(byte[] input) {
        try {
            List<X509Certificate> found = new ArrayList<>();
            if (isPem(input)) {
                for (Object object : pemObjects(input)) {
                    if (object instanceof X509CertificateHolder holder) {
                        found.add(toJdk(holder.getEncoded()));
                    } else if (object instanceof ContentInfo info) {
                        found.addAll(bundle(info));
                    } else {
                        return Optional.empty();
                    }
                }
            } else {
                ASN1Primitive der = ASN1Primitive.fromByteArray(input);
                ContentInfo info = signedDataOrNull(der);
                if (info != null) {
                    found.addAll(bundle(info));
                } else {
                    found.add(toJdk(Certificate.getInstance(der).getEncoded()));
                }
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
        } catch (IOException | GeneralSecurityException | CMSException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The one CRL in the input, DER or PEM ({@code X509 CRL}); empty when it is not exactly one CRL. */
    public Optional<X509CRL> crl(byte[] input) {
        try {
            byte[] der;
            if (isPem(input)) {
                List<Object> objects = pemObjects(input);
                if (objects.size() != 1 || !(objects.get(0) instanceof X509CRLHolder holder)) {
                    return Optional.empty();
                }
                der = holder.getEncoded();
            } else {
                der = CertificateList.getInstance(ASN1Primitive.fromByteArray(input)).getEncoded();
            }
            return Optional.of((X509CRL) factory().generateCRL(new ByteArrayInputStream(der)));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<X509Certificate> bundle(ContentInfo info) throws CMSException, IOException, GeneralSecurityException {
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new IOException("not a signed-data bundle: " + info.getContentType());
        }
        List<X509Certificate> found = new ArrayList<>();
        for (X509CertificateHolder holder : new CMSSignedData(info).getCertificates().getMatches(null)) {
            found.add(toJdk(holder.getEncoded()));
        }
        return found;
    }

    private static ContentInfo signedDataOrNull(ASN1Primitive der) {
        try {
            ContentInfo info = ContentInfo.getInstance(der);
            return CMSObjectIdentifiers.signedData.equals(info.getContentType()) ? info : null;
        } catch (RuntimeException notContentInfo) {
            return null;
        }
    }

    private static List<Object> pemObjects(byte[] input) throws IOException {
        List<Object> objects = new ArrayList<>();
        int start = pemStart(input);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(input, start, input.length - start),
                StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        }
        return objects;
    }

    private static int pemStart(byte[] input) {
        int start = 0;
        while (start < input.length && Character.isWhitespace(input[start])) {
            start++;
        }
        return start;
    }

    private static boolean isPem(byte[] input) {
        int start = pemStart(input);
        if (input.length - start < PEM_START.length) {
            return false;
        }
        for (int i = 0; i < PEM_START.length; i++) {
            if (input[start + i] != PEM_START[i]) {
                return false;
            }
        }
        return true;
    }

    private static X509Certificate toJdk(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
