package org.smimeconformance.engine.identity;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * When two mail addresses are the same address for choosing a certificate (ADDR-4): surrounding
 * whitespace is ignored, whitespace inside never matches, local part and domain are both compared
 * case-insensitively ({@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, which folds
 * non-ASCII letters too), and domains are compared as A-labels ({@link IDN#toASCII(String)}), so
 * {@code bücher.example} and {@code xn--bcher-kva.example} are one domain. Internationalised local
 * parts (SmtpUTF8Mailbox, RFC 9598) are compared the same way. Stateless; all methods are static.
 */
public final class AddressComparison {

    private AddressComparison() {
    }

    /** True when both are addresses and the same one by the rules above. */
    public static boolean same(String one, String other) {
        Optional<String> a = canonical(one);
        return a.isPresent() && a.equals(canonical(other));
    }

    /**
     * The form two addresses are compared in: stripped, lower case, the domain as A-labels. Empty
     * when the value is not an address at all (null, blank, whitespace inside, no {@code @}, an
     * empty local part or domain), so that it matches nothing.
     */
    public static Optional<String> canonical(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String stripped = address.strip();
        if (stripped.isEmpty() || stripped.codePoints().anyMatch(AddressComparison::isSpace)) {
            return Optional.empty();
        }
        int at = stripped.lastIndexOf('@');
        if (at <= 0 || at == stripped.length() - 1) {
            return Optional.empty();
        }
        String localPart = stripped.substring(0, at).toLowerCase(Locale.ROOT);
        return Optional.of(localPart + "@" + domain(stripped.substring(at + 1)));
    }

    private static String domain(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        try {
            return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notConvertible) {
            // a domain IDNA cannot convert is compared as written, lower case
            return lower;
        }
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
