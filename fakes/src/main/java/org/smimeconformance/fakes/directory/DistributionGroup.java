package org.smimeconformance.fakes.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A distribution group of the Global Address List and its direct members, by address: users and
 * other groups. Nothing is checked: a group may list itself, list a member twice, or take part in a
 * cycle, and the fake serves it as stated (SEND-4 is the client's business). Immutable.
 *
 * @param primarySmtpAddress the group's address, e.g. {@code sales@contoso.com}
 * @param proxyAddresses     its other addresses, plain, without the primary
 * @param displayName        the name shown in the address list
 * @param members            the direct members' addresses, in the order they are served
 */
public record DistributionGroup(
        String primarySmtpAddress,
        List<String> proxyAddresses,
        String displayName,
        List<String> members) {

    public DistributionGroup {
        Objects.requireNonNull(primarySmtpAddress, "primarySmtpAddress");
        proxyAddresses = List.copyOf(proxyAddresses);
        Objects.requireNonNull(displayName, "displayName");
        members = List.copyOf(members);
    }

    /** A group with these direct members (addresses of users or groups). */
    public static DistributionGroup of(String primarySmtpAddress, String displayName, List<String> members) {
        return new DistributionGroup(primarySmtpAddress, List.of(), displayName, members);
    }

    /** Also reachable at these aliases. */
    public DistributionGroup withProxyAddresses(String... aliases) {
        List<String> all = new ArrayList<>(proxyAddresses);
        all.addAll(List.of(aliases));
        return new DistributionGroup(primarySmtpAddress, all, displayName, members);
    }

    /** The same group with more direct members after the present ones. */
    public DistributionGroup withMembers(String... more) {
        List<String> all = new ArrayList<>(members);
        all.addAll(List.of(more));
        return new DistributionGroup(primarySmtpAddress, proxyAddresses, displayName, all);
    }

    /** The primary SMTP address first, then the aliases. */
    public List<String> addresses() {
        List<String> all = new ArrayList<>();
        all.add(primarySmtpAddress);
        all.addAll(proxyAddresses);
        return all;
    }
}
