package org.smimeconformance.steps.world;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.smimeconformance.fakes.pki.KeyUsageBit;

/**
 * A field of a user's certificate as a feature describes it, one row each: the address fields may
 * repeat; lists of usages are separated by commas, {@code none} for an empty list; dates are read
 * as {@link ScenarioClock#instant} reads them; the serial number is hexadecimal.
 */
public enum CertificateField {

    COMMON_NAME("common name", CertificateDescription::commonName),
    ORGANIZATION("organization", CertificateDescription::organization),
    SAN_EMAIL_ADDRESS("SAN email address", CertificateDescription::sanEmail),
    SAN_SMTP_UTF8_MAILBOX("SAN SmtpUTF8Mailbox", CertificateDescription::smtpUtf8Mailbox),
    SUBJECT_EMAIL_ADDRESS("subject email address", CertificateDescription::subjectEmail),
    KEY_USAGE("key usage", (description, value) -> description.keyUsage(keyUsage(value))),
    EXTENDED_KEY_USAGE("extended key usage", (description, value) -> description.extendedKeyUsage(list(value))),
    KEY("key", (description, value) -> description.algorithm(Words.KEY_ALGORITHMS.valueOf(value))),
    SERIAL_NUMBER("serial number", (description, value) -> description.serialNumber(new BigInteger(value, 16))),
    VALID_FROM("valid from", (description, value) -> description.validFrom(ScenarioClock.instant(value))),
    VALID_UNTIL("valid until", (description, value) -> description.validUntil(ScenarioClock.instant(value)));

    /**
     * A field with the value a feature gives it.
     *
     * @param field the field
     * @param value its value, as written (the quotes of a quoted value taken off, its spaces kept)
     */
    public record Value(CertificateField field, String value) {

        /** A row as a feature writes it: a value in double quotes is taken as written, spaces included. */
        public static Value written(String label, String value) {
            String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1)
                    : value.strip();
            return new Value(Words.CERTIFICATE_FIELDS.valueOf(label), unquoted);
        }

        /** Writes the value into the description. */
        void describe(CertificateDescription description) {
            field.describe.accept(description, value);
        }
    }

    private final String label;
    private final BiConsumer<CertificateDescription, String> describe;

    CertificateField(String label, BiConsumer<CertificateDescription, String> describe) {
        this.label = label;
        this.describe = describe;
    }

    public String label() {
        return label;
    }

    private static Set<KeyUsageBit> keyUsage(String value) {
        return list(value).stream().map(KeyUsageBit::byRfcName)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyUsageBit.class)));
    }

    private static List<String> list(String value) {
        return value.strip().equals("none") ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
