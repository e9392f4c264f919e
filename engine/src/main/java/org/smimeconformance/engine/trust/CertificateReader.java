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
import java.util.Arrays;
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
 *
 * <p>Input that is exactly one DER certificate or CRL, the common case, is read by the JDK alone:
 * its certificate factory keeps what it parsed keyed by the encoding, so the same bytes read again
 * give the same object, whose signature checks the JDK remembers. Anything else (PEM, bundles,
 * trailing or non-DER bytes) is read by Bouncy Castle first, as it always was.
 */
public final class CertificateReader {

    private static final byte[] PEM_START = "-----BEGIN".getBytes(StandardCharsets.US_ASCII);

    /** One factory per thread: the JDK does not promise that a factory may be shared. */
    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no X.509 certificate factory", e);
        }
    });

    /**
     * Every certificate in the input, in order: one DER certificate, a DER certs-only bundle, or
     * PEM holding certificates and/or bundles. Empty when the input holds no certificate or
     * anything unreadable.
     */
    public Optional<List<X509Certificate>> certificates(byte[] input) {
        X509Certificate exact = exactDer(input, Kind.CERTIFICATE);
        if (exact != null) {
            return Optional.of(List.of(exact));
        }
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
        X509CRL exact = exactDer(input, Kind.CRL);
        if (exact != null) {
            return Optional.of(exact);
        }
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

    private enum Kind { CERTIFICATE, CRL }

    /**
     * The certificate or CRL when the input is exactly one, DER encoded, as the JDK reads it: its
     * encoding is the whole input, byte for byte. Null for anything else, which the Bouncy Castle
     * path then reads (or refuses) as before; this is only a shortcut to the same answer.
     */
    @SuppressWarnings("unchecked")
    private static <T> T exactDer(byte[] input, Kind kind) {
        if (input.length < 2 || input[0] != 0x30 || !definiteLengthCoversAll(input)) {
            return null;
        }
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(input);
            if (kind == Kind.CERTIFICATE) {
                X509Certificate certificate = (X509Certificate) factory().generateCertificate(in);
                return Arrays.equals(certificate.getEncoded(), input) ? (T) certificate : null;
            }
            X509CRL crl = (X509CRL) factory().generateCRL(in);
            return Arrays.equals(crl.getEncoded(), input) ? (T) crl : null;
        } catch (GeneralSecurityException | RuntimeException notExactlyOne) {
            return null;
        }
    }

    /** True when the outer DER length (definite, at most four length bytes) ends exactly at the input's end. */
    private static boolean definiteLengthCoversAll(byte[] input) {
        int first = input[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 4 || input.length < 2 + bytes) {
                return false;
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (input[2 + i] & 0xff);
            }
            header = 2 + bytes;
        }
        return header + length == input.length;
    }

    private static CertificateFactory factory() {
        return FACTORY.get();
    }
}
