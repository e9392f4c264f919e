package org.smimeconformance.steps.world;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.fakes.directory.DirectoryUser;
import org.smimeconformance.fakes.directory.DistributionGroup;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;
import org.smimeconformance.fakes.ldap.LdapDirectoryServer;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.fakes.ldap.ScenarioLdapDirectory;

/**
 * The directories of a scenario, as it states them: who the Global Address List (Azure Active
 * Directory) and the LDAP directory hold, with which published certificates, the distribution
 * groups and their members, how the directories misbehave, and how deep Outlook may expand nested
 * groups.
 *
 * <p>Like {@link ScenarioPki}, steps only declare: a certificate is published (and so minted) when
 * Outlook is next asked anything ({@link #publish()}), so "Given" steps can
 * come in any order. Distribution groups and faults reach the fakes at once. One per scenario; not
 * thread-safe.
 */
public final class ScenarioDirectories {

    /** Where a directory entry publishes a certificate. */
    public enum Attribute {
        /** {@code userCertificate} (LDAP: {@code userCertificate;binary}). */
        USER_CERTIFICATE,
        /** {@code userSMIMECertificate}. */
        USER_SMIME_CERTIFICATE
    }

    /** A form of the LDAP endpoint the policy gives: scheme and port as the scenario writes them. */
    public enum EndpointForm {
        /** {@code ldap://host:port}, the plain listener. */
        LDAP_URL("ldap://host:port"),
        /** {@code ldaps://host:port}, the TLS listener. */
        LDAPS_URL("ldaps://host:port"),
        /** {@code host:port} with the TLS listener's port: a bare host with a port other than 389 is ldaps. */
        HOST_AND_LDAPS_PORT("host:port");

        private final String label;

        EndpointForm(String label) {
            this.label = label;
        }

        /** The form as the features write it, {@code host} and {@code port} standing for the directory's own. */
        public String label() {
            return label;
        }
    }

    private record Published(String certificate, Attribute attribute) {
    }

    /** How deep nested distribution groups are expanded unless the scenario says otherwise (the contract's default). */
    public static final int DEFAULT_NESTING_DEPTH = 10;

    private final ScenarioPki pki;
    private final FakeEndpoints endpoints;

    private final Map<String, List<Published>> gal = new LinkedHashMap<>();
    private final Map<String, List<Published>> ldap = new LinkedHashMap<>();
    private final Map<String, Integer> galPublished = new LinkedHashMap<>();
    private final Set<String> ldapPublished = new LinkedHashSet<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private int nestingDepth = DEFAULT_NESTING_DEPTH;
    private boolean tlsRootTrusted;
    private boolean handedOver;

    public ScenarioDirectories(ScenarioPki pki, FakeEndpoints endpoints) {
        this.pki = pki;
        this.endpoints = endpoints;
    }

    /** The directory publishes the named certificate for {@code address}, in the attribute given. */
    public void declareCertificate(LookupSource directory, String address, String certificate, Attribute attribute) {
        if (directory == LookupSource.GLOBAL_ADDRESS_LIST) {
            galCertificate(address, certificate, attribute);
        } else {
            ldapCertificate(address, certificate, attribute);
        }
    }

    /** The Global Address List holds {@code address} as a mail user, with no certificate unless more is said. */
    public void galUser(String address) {
        gal.computeIfAbsent(address, k -> new ArrayList<>());
    }

    /** The Global Address List publishes the named certificate for {@code address}. */
    public void galCertificate(String address, String certificate, Attribute attribute) {
        gal.computeIfAbsent(address, k -> new ArrayList<>()).add(new Published(certificate, attribute));
    }

    /** The LDAP directory publishes the named certificate for {@code address}. */
    public void ldapCertificate(String address, String certificate, Attribute attribute) {
        if (ldapPublished.contains(key(address))) {
            throw new IllegalStateException("the LDAP entry of " + address + " is already published; declare all its"
                    + " certificates before Outlook is used");
        }
        ldap.computeIfAbsent(address, k -> new ArrayList<>()).add(new Published(certificate, attribute));
    }

    /** A distribution group of the Global Address List and its direct members, users or groups, as stated. */
    public void group(String address, List<String> members) {
        groups.put(key(address), List.copyOf(members));
        endpoints.globalAddressList().add(DistributionGroup.of(address, address, members));
    }

    /**
     * A distribution group of {@code size} people the Global Address List holds no entry for:
     * {@code <group>-member1@<domain>} and so on.
     */
    public void largeGroup(String address, int size) {
        String local = address.substring(0, address.indexOf('@'));
        String domain = address.substring(address.indexOf('@') + 1);
        group(address, IntStream.rangeClosed(1, size).mapToObj(i -> local + "-member" + i + "@" + domain).toList());
    }

    /**
     * A distribution group of {@code size} people in groups nested {@code depth} deep: the group
     * holds one group (nested 1 deep), which holds its share of the people and the next group, down
     * to the group nested {@code depth} deep; each nested group below the first also names the first
     * person of the group above it again. Nobody has a certificate.
     *
     * @return the people, each once
     */
    public List<String> nestedGroup(String address, int size, int depth) {
        if (depth < 1 || size < depth) {
            throw new IllegalArgumentException("a group of " + size + " people cannot be nested " + depth + " deep");
        }
        String local = address.substring(0, address.indexOf('@'));
        String domain = address.substring(address.indexOf('@') + 1);
        List<String> everyone = new ArrayList<>();
        group(address, List.of(local + "-level1@" + domain));
        String firstAbove = null;
        for (int level = 1; level <= depth; level++) {
            List<String> people = new ArrayList<>();
            for (int i = (level - 1) * size / depth; i < level * size / depth; i++) {
                people.add(String.format("%s-member%04d@%s", local, i + 1, domain));
            }
            everyone.addAll(people);
            List<String> members = new ArrayList<>(people);
            if (level < depth) {
                members.add(1, local + "-level" + (level + 1) + "@" + domain);
            }
            if (firstAbove != null) {
                members.add(firstAbove);
            }
            firstAbove = people.get(0);
            group(local + "-level" + level + "@" + domain, members);
        }
        return everyone;
    }

    private List<String> groupMembers(String address) {
        return groups.getOrDefault(key(address), List.of());
    }

    /**
     * The people behind a distribution group as the scenario stated it: every member that is not
     * itself a group, through nested groups, each once (addresses compared ignoring case). The
     * scenario's own reading, independent of the implementation.
     */
    public List<String> peopleIn(String group) {
        Set<String> seenGroups = new LinkedHashSet<>();
        Map<String, String> people = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(group));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seenGroups.add(key(next))) {
                continue;
            }
            for (String member : groupMembers(next)) {
                if (groups.containsKey(key(member))) {
                    todo.push(member);
                } else {
                    people.putIfAbsent(key(member), member);
                }
            }
        }
        return List.copyOf(people.values());
    }

    /** Every request of the Global Address List from now on misbehaves. */
    public void galFails(EndpointFault fault) {
        endpoints.globalAddressList().fail(fault);
    }

    /** The LDAP directory misbehaves from now on. */
    public void ldapFails(LdapFault fault) {
        endpoints.ldap().fail(fault);
    }

    /** The LDAP directory's TLS root joins the virtual certificate collection (read when Outlook starts). */
    public void trustLdapTlsRoot() {
        requireNotHandedOver("the root of the LDAP directory's TLS certificate is trusted");
        tlsRootTrusted = true;
    }

    /** The implementation has been given its world: the trusted roots and limits can no longer change. */
    public void handedOver() {
        handedOver = true;
    }

    private void requireNotHandedOver(String what) {
        if (handedOver) {
            throw new IllegalStateException("Outlook is already in use in this scenario; say " + what
                    + " before anything uses Outlook");
        }
    }

    /** Roots the scenario trusts besides its own certification authorities, DER. */
    public List<byte[]> extraTrustedRoots() {
        return tlsRootTrusted ? List.of(LdapDirectoryServer.shared().tlsRootDer()) : List.of();
    }

    /** How deep Outlook expands nested distribution groups. */
    public void nestingDepth(int depth) {
        requireNotHandedOver("how deep Outlook expands distribution groups");
        nestingDepth = depth;
    }

    public int nestingDepth() {
        return nestingDepth;
    }

    /** The value the app configuration policy gives for the scenario's LDAP directory, in the given form. */
    public String ldapEndpoint(EndpointForm form) {
        ScenarioLdapDirectory directory = endpoints.ldap();
        return switch (form) {
            case LDAP_URL -> "ldap://" + directory.host() + ":" + directory.ldapPort();
            case LDAPS_URL -> "ldaps://" + directory.host() + ":" + directory.ldapsPort();
            case HOST_AND_LDAPS_PORT -> directory.host() + ":" + directory.ldapsPort();
        };
    }

    /** The Global Address List's address, handed to the implementation when it starts. */
    public java.net.URI globalAddressList() {
        return endpoints.globalAddressList().address();
    }

    /** What every fake of the scenario saw, in order. */
    public Journal journal() {
        return endpoints.journal();
    }

    /** The directories asked, each once, in the order first asked: the Global Address List, LDAP. */
    public List<Service> directoriesAsked() {
        return journal().order().stream()
                .filter(service -> service == Service.GLOBAL_ADDRESS_LIST || service == Service.LDAP)
                .toList();
    }

    /**
     * The directories asked, in turns: each time requests pass from one directory to the other, the
     * one asked next; {@code [GLOBAL_ADDRESS_LIST, LDAP]} when every request to the Global Address List
     * came before every request to the LDAP directory.
     */
    public List<Service> directoriesAskedInTurn() {
        List<Service> turns = new ArrayList<>();
        for (Service service : journal().services()) {
            boolean directory = service == Service.GLOBAL_ADDRESS_LIST || service == Service.LDAP;
            if (directory && (turns.isEmpty() || turns.get(turns.size() - 1) != service)) {
                turns.add(service);
            }
        }
        return turns;
    }

    /** Whether a request the Global Address List saw names the address, compared ignoring case. */
    public boolean galAskedAbout(String address) {
        return journal().entries(Service.GLOBAL_ADDRESS_LIST).stream()
                .anyMatch(entry -> entry.asked().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)));
    }

    /** The scheme of every connection the LDAP directory saw ({@code ldap} or {@code ldaps}: the listener it reached). */
    public List<String> ldapConnections() {
        return ldapSaw("connect");
    }

    /** The name of every bind the LDAP directory saw, empty for an anonymous one. */
    public List<String> ldapBinds() {
        return ldapSaw("bind");
    }

    /** Every search filter the LDAP directory saw, in order. */
    public List<LdapSearchFilter> ldapSearches() {
        return ldapSaw("search").stream().map(LdapSearchFilter::read).toList();
    }

    private List<String> ldapSaw(String operation) {
        return journal().entries(Service.LDAP).stream().filter(entry -> entry.operation().equals(operation))
                .map(Journal.Entry::asked).toList();
    }

    /** Puts every certificate declared so far into the directories, minting what is needed; for {@link ImplementationUnderTest} only. */
    void publish() {
        for (Map.Entry<String, List<Published>> entry : gal.entrySet()) {
            Integer done = galPublished.get(key(entry.getKey()));
            if (done == null || done != entry.getValue().size()) {
                endpoints.globalAddressList().add(user(entry.getKey(), entry.getValue()));
                galPublished.put(key(entry.getKey()), entry.getValue().size());
            }
        }
        for (Map.Entry<String, List<Published>> entry : ldap.entrySet()) {
            if (ldapPublished.add(key(entry.getKey()))) {
                endpoints.ldap().publish(user(entry.getKey(), entry.getValue()));
            }
        }
    }

    private DirectoryUser user(String address, List<Published> certificates) {
        DirectoryUser user = DirectoryUser.of(address, address);
        for (Published published : certificates) {
            byte[] der = pki.issued(published.certificate()).der();
            user = published.attribute() == Attribute.USER_SMIME_CERTIFICATE ? user.withUserSmimeCertificate(der)
                    : user.withUserCertificate(der);
        }
        return user;
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
