package org.smimeconformance.fakes.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mail user as a directory holds it: the Global Address List (Azure Active Directory) or an LDAP
 * directory. Immutable; the {@code with...} methods return changed copies.
 *
 * @param primarySmtpAddress    the address mail flows to (ADDR-1), e.g. {@code alice@contoso.com}
 * @param proxyAddresses        the mailbox's other addresses (aliases), plain, without the primary
 * @param displayName           the name shown in the address list
 * @param userSmimeCertificates the {@code userSMIMECertificate} values, as published: normally a
 *                              certificate in DER, or whatever bytes the scenario publishes
 * @param userCertificates      the {@code userCertificate} values, each a certificate in DER
 */
public record DirectoryUser(
        String primarySmtpAddress,
        List<String> proxyAddresses,
        String displayName,
        List<byte[]> userSmimeCertificates,
        List<byte[]> userCertificates) {

    public DirectoryUser {
        Objects.requireNonNull(primarySmtpAddress, "primarySmtpAddress");
        proxyAddresses = List.copyOf(proxyAddresses);
        Objects.requireNonNull(displayName, "displayName");
        userSmimeCertificates = copy(userSmimeCertificates);
        userCertificates = copy(userCertificates);
    }

    /** A user with a primary SMTP address and a display name, no aliases and no certificates. */
    public static DirectoryUser of(String primarySmtpAddress, String displayName) {
        return new DirectoryUser(primarySmtpAddress, List.of(), displayName, List.of(), List.of());
    }

    /** Also reachable at these aliases. */
    public DirectoryUser withProxyAddresses(String... aliases) {
        List<String> all = new ArrayList<>(proxyAddresses);
        all.addAll(List.of(aliases));
        return new DirectoryUser(primarySmtpAddress, all, displayName, userSmimeCertificates, userCertificates);
    }

    /** Publishes one more {@code userSMIMECertificate} value. */
    public DirectoryUser withUserSmimeCertificate(byte[] value) {
        List<byte[]> all = new ArrayList<>(userSmimeCertificates);
        all.add(value);
        return new DirectoryUser(primarySmtpAddress, proxyAddresses, displayName, all, userCertificates);
    }

    /** Publishes one more {@code userCertificate} value. */
    public DirectoryUser withUserCertificate(byte[] der) {
        List<byte[]> all = new ArrayList<>(userCertificates);
        all.add(der);
        return new DirectoryUser(primarySmtpAddress, proxyAddresses, displayName, userSmimeCertificates, all);
    }

    /** The primary SMTP address first, then the aliases. */
    public List<String> addresses() {
        List<String> all = new ArrayList<>();
        all.add(primarySmtpAddress);
        all.addAll(proxyAddresses);
        return all;
    }

    private static List<byte[]> copy(List<byte[]> values) {
        return values.stream().map(byte[]::clone).toList();
    }
}
