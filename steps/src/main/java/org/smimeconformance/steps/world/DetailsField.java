package org.smimeconformance.steps.world;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javax.security.auth.x500.X500Principal;

import org.smimeconformance.contract.device.CertificateDetails;

/**
 * A field of the details view of an installed certificate (account settings &gt; Security), as the
 * features name it, with the way its value is compared: names as distinguished names (RFC 4514,
 * the order of their parts kept), lists of addresses and usages in any order ({@code none} for an
 * empty list, items separated by commas), dates as instants, the serial number as written.
 */
public enum DetailsField {

    SUBJECT("subject", details -> distinguishedName(details.subject()), DetailsField::distinguishedName),
    ISSUER("issuer", details -> distinguishedName(details.issuer()), DetailsField::distinguishedName),
    EMAIL_ADDRESSES("email addresses", details -> sorted(details.emailAddresses()), DetailsField::list),
    KEY_USAGE("key usage", details -> sorted(details.keyUsage()), DetailsField::list),
    EXTENDED_KEY_USAGE("extended key usage", details -> sorted(details.extendedKeyUsage()), DetailsField::list),
    VALID_FROM("valid from", CertificateDetails::notBefore, ScenarioClock::instant),
    VALID_UNTIL("valid until", CertificateDetails::notAfter, ScenarioClock::instant),
    SERIAL_NUMBER("serial number", CertificateDetails::serialNumber, text -> text);

    /**
     * A field and its value, ready to compare: two are equal when the details view shows the same.
     *
     * @param field the field
     * @param value its value, as {@link DetailsField} compares it
     */
    public record Shown(DetailsField field, Object value) {

        /** A field as a feature writes it, by its label and its value. */
        public static Shown written(String label, String value) {
            DetailsField field = Words.DETAILS_FIELDS.valueOf(label);
            return new Shown(field, field.written.apply(value));
        }

        @Override
        public String toString() {
            return field.label + ": " + value;
        }
    }

    private final String label;
    private final Function<CertificateDetails, Object> shown;
    private final Function<String, Object> written;

    DetailsField(String label, Function<CertificateDetails, Object> shown, Function<String, Object> written) {
        this.label = label;
        this.shown = shown;
        this.written = written;
    }

    public String label() {
        return label;
    }

    /** What the details view shows of the fields asked about, in their order. */
    public static List<Shown> shownIn(CertificateDetails details, List<Shown> asked) {
        return asked.stream().map(Shown::field).map(field -> new Shown(field, field.shown.apply(details))).toList();
    }

    /** A distinguished name compared by its parts, or as written when it is not one. */
    private static Object distinguishedName(String text) {
        if (text == null) {
            return "(no name)";
        }
        try {
            return new X500Principal(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static Object list(String value) {
        return value.equals("none") ? List.of() : sorted(Arrays.stream(value.split(",")).map(String::strip).toList());
    }

    /** A list compared in any order, each item as often as it appears. */
    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().toList();
    }
}
