package org.smimeconformance.engine.identity;

import java.util.Objects;

/**
 * One mail address a certificate carries, and where.
 *
 * @param address the value as written in the certificate
 * @param source  the field it was read from
 */
public record CertificateAddress(String address, Source source) {

    public CertificateAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
    }

    /** The fields of a certificate that carry a mail address (ADDR-2). */
    public enum Source {
        /** A subject alternative name of type rfc822Name. */
        SAN_RFC822_NAME("SAN rfc822Name"),
        /** A subject alternative name of type otherName, SmtpUTF8Mailbox (RFC 9598). */
        SAN_SMTP_UTF8_MAILBOX("SAN SmtpUTF8Mailbox"),
        /** An emailAddress attribute (PKCS #9) of the subject name. */
        SUBJECT_EMAIL_ADDRESS("subject emailAddress");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** How people call the field, e.g. {@code SAN rfc822Name}. */
        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return address + " (" + source.label() + ")";
    }
}
