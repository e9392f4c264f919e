package org.smimeconformance.engine.directory;

import java.util.List;
import java.util.Objects;

/** An entry of the Global Address List: a mail user with its published certificates, or a distribution group. */
public sealed interface GalEntry {

    /** The entry's primary SMTP address, as the Global Address List writes it. */
    String address();

    /**
     * A mail user.
     *
     * @param address              the primary SMTP address ({@code mail})
     * @param smimeCertificates    the {@code userSMIMECertificate} values, as published
     * @param certificates         the {@code userCertificate} values, as published
     */
    record User(String address, List<byte[]> smimeCertificates, List<byte[]> certificates) implements GalEntry {

        public User {
            Objects.requireNonNull(address, "address");
            smimeCertificates = List.copyOf(smimeCertificates);
            certificates = List.copyOf(certificates);
        }

        /** Every published value, {@code userSMIMECertificate} first, then {@code userCertificate}. */
        public List<byte[]> published() {
            return java.util.stream.Stream.concat(smimeCertificates.stream(), certificates.stream()).toList();
        }
    }

    /**
     * A distribution group; its members are asked for separately.
     *
     * @param address the group's primary SMTP address
     */
    record Group(String address) implements GalEntry {

        public Group {
            Objects.requireNonNull(address, "address");
        }
    }
}
