package org.smimeconformance.fakes.directory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.http.GraphJson;
import org.smimeconformance.fakes.http.HttpAnswer;
import org.smimeconformance.fakes.http.HttpMount;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;

/**
 * The Global Address List (Azure Active Directory) of one scenario: users with their published
 * certificates and distribution groups with their members, served as JSON under
 * {@code /s/<n>/gal} on the shared fake HTTP server. The routes and JSON shapes are those of
 * {@code fakes/README.md}:
 *
 * <ul>
 *   <li>{@code GET users/{address}}: the user with that primary or proxy address, or 404;</li>
 *   <li>{@code GET groups/{address}}: the distribution group, or 404;</li>
 *   <li>{@code GET groups/{address}/members}: its direct members, users and groups, or 404; a page
 *       of {@value #PAGE_SIZE} at a time ({@code $top} up to {@value #MAX_PAGE_SIZE}), the next page
 *       at {@code @odata.nextLink}; the users' certificates too when {@code $select} names
 *       {@code userSMIMECertificate} or {@code userCertificate};</li>
 *   <li>{@code GET recipients/{address}}: the user or the group, whichever holds the address, or 404.</li>
 * </ul>
 *
 * <p>Addresses are matched ignoring case. Everything is computed per request from what the
 * scenario put in, through one stub for the whole list: a group of a thousand members costs a
 * thousand list entries, not a thousand stubs.
 *
 * <p>Owned by one scenario; thread-safe (the server answers from its own threads). Removed when
 * its {@link ScenarioEndpoints} are closed.
 */
public final class GlobalAddressList {

    /** The path segment below the scenario prefix. */
    public static final String SEGMENT = "gal";

    /** How many members a page lists when the client does not say ({@code $top}), as Microsoft Graph. */
    public static final int PAGE_SIZE = 100;

    /** The most members a page lists, whatever the client asks. */
    public static final int MAX_PAGE_SIZE = 999;

    private final HttpMount mount;
    private final Journal journal;
    private final Map<String, Object> byAddress = new ConcurrentHashMap<>();
    private final Map<String, EndpointFault> faultsByAddress = new ConcurrentHashMap<>();
    private final AtomicReference<EndpointFault> fault = new AtomicReference<>();

    private GlobalAddressList(ScenarioEndpoints endpoints) {
        this.journal = endpoints.seen();
        this.mount = endpoints.mount(SEGMENT, Service.GLOBAL_ADDRESS_LIST, this::answer);
    }

    /** Opens the scenario's Global Address List, empty; once per scenario. */
    public static GlobalAddressList on(ScenarioEndpoints endpoints) {
        return new GlobalAddressList(endpoints);
    }

    /**
     * The address a client is configured with, e.g. {@code http://127.0.0.1:51234/s/3/gal}, with no
     * trailing slash. After {@link #fail(EndpointFault)} with {@link EndpointFault#CONNECTION_REFUSED}
     * it points where nothing listens: set that fault before handing the address over.
     */
    public URI address() {
        return fault.get() == EndpointFault.CONNECTION_REFUSED ? mount.refusingAddress() : mount.address();
    }

    /** Adds a user, or replaces the user with the same primary SMTP address. */
    public void add(DirectoryUser user) {
        put(user.primarySmtpAddress(), user.addresses(), user);
    }

    /** Adds a distribution group, or replaces the group with the same primary SMTP address. */
    public void add(DistributionGroup group) {
        put(group.primarySmtpAddress(), group.addresses(), group);
    }

    /** From now on every request misbehaves; see {@link #address()} for a refused connection. */
    public void fail(EndpointFault value) {
        fault.set(Objects.requireNonNull(value, "fault"));
    }

    /**
     * From now on every request about {@code address} (as the client writes it in the path, case
     * ignored) misbehaves; the rest of the list answers properly.
     *
     * @throws IllegalArgumentException for {@link EndpointFault#CONNECTION_REFUSED}: refusing
     *                                  concerns the whole endpoint, see {@link #fail(EndpointFault)}
     */
    public void fail(String address, EndpointFault value) {
        if (value == EndpointFault.CONNECTION_REFUSED) {
            throw new IllegalArgumentException("a refused connection concerns the whole Global Address List, not one address");
        }
        faultsByAddress.put(key(address), value);
    }

    /**
     * From now on every request is answered properly again, the list-wide fault and those of single
     * addresses forgotten. A refused connection cannot be mended: the address handed over points
     * where nothing listens.
     */
    public void mend() {
        if (fault.get() == EndpointFault.CONNECTION_REFUSED) {
            throw new IllegalStateException("a refused connection cannot be mended: the address handed over points where nothing listens");
        }
        fault.set(null);
        faultsByAddress.clear();
    }

    /** Every request the list saw in the scenario, oldest first, as paths below it ({@code users/alice@contoso.com}). */
    public List<String> requested() {
        return journal.entries(Service.GLOBAL_ADDRESS_LIST).stream().map(Journal.Entry::asked).toList();
    }

    /** How many requests the list saw in the scenario. */
    public long requests() {
        return journal.entries(Service.GLOBAL_ADDRESS_LIST).size();
    }

    /** How many requests about {@code address} (any route, case ignored) the list saw in the scenario. */
    public long requests(String address) {
        String wanted = key(address);
        return requested().stream().map(GlobalAddressList::addressIn).filter(wanted::equals).count();
    }

    private synchronized void put(String primary, List<String> addresses, Object entry) {
        for (String address : addresses) {
            Object holder = byAddress.get(key(address));
            if (holder != null && !key(primaryOf(holder)).equals(key(primary))) {
                throw new IllegalArgumentException(address + " already belongs to " + primaryOf(holder));
            }
        }
        byAddress.values().removeIf(holder -> key(primaryOf(holder)).equals(key(primary)));
        for (String address : addresses) {
            byAddress.put(key(address), entry);
        }
    }

    private HttpAnswer answer(String method, String path, String query) {
        HttpAnswer answer = route(method, path, query);
        EndpointFault onAddress = faultsByAddress.get(addressIn(path));
        EndpointFault chosen = onAddress != null ? onAddress : fault.get();
        return chosen == null ? answer : answer.failing(chosen);
    }

    private HttpAnswer route(String method, String path, String query) {
        String[] parts = path.split("/", -1);
        if (!"GET".equals(method)) {
            return GraphJson.error(405, "Request_BadRequest", "The Global Address List only answers GET.");
        }
        if (parts.length == 2 && !parts[1].isEmpty()) {
            Object entry = byAddress.get(key(parts[1]));
            switch (parts[0]) {
                case "users":
                    return entry instanceof DirectoryUser user ? GraphJson.ok(user(user)) : notFound("user", parts[1]);
                case "groups":
                    return entry instanceof DistributionGroup group ? GraphJson.ok(group(group)) : notFound("group", parts[1]);
                case "recipients":
                    if (entry instanceof DirectoryUser user) {
                        return GraphJson.ok(user(user));
                    }
                    return entry instanceof DistributionGroup group ? GraphJson.ok(group(group)) : notFound("recipient", parts[1]);
                default:
                    break;
            }
        }
        if (parts.length == 3 && "groups".equals(parts[0]) && "members".equals(parts[2])) {
            Object entry = byAddress.get(key(parts[1]));
            if (!(entry instanceof DistributionGroup group)) {
                return notFound("group", parts[1]);
            }
            Map<String, String> options = options(query);
            int top;
            int skip;
            try {
                top = Integer.parseInt(options.getOrDefault("$top", String.valueOf(PAGE_SIZE)));
                skip = Integer.parseInt(options.getOrDefault("$skiptoken", "0"));
            } catch (NumberFormatException e) {
                return GraphJson.error(400, "Request_BadRequest", "$top and $skiptoken are numbers");
            }
            if (top < 1 || top > MAX_PAGE_SIZE || skip < 0) {
                return GraphJson.error(400, "Request_BadRequest", "$top is between 1 and " + MAX_PAGE_SIZE + ", $skiptoken not negative");
            }
            boolean certificates = Arrays.asList(options.getOrDefault("$select", "").split(",")).stream()
                    .anyMatch(field -> field.equals("userSMIMECertificate") || field.equals("userCertificate"));
            return GraphJson.ok(members(group, parts[1], skip, top, certificates, options.get("$select")));
        }
        return GraphJson.error(400, "Request_BadRequest", "Not a route of the Global Address List: /" + path);
    }

    private Map<String, Object> user(DirectoryUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph.user");
        json.put("mail", user.primarySmtpAddress());
        json.put("displayName", user.displayName());
        json.put("proxyAddresses", proxyAddresses(user.primarySmtpAddress(), user.proxyAddresses()));
        json.put("userSMIMECertificate", base64(user.userSmimeCertificates()));
        json.put("userCertificate", base64(user.userCertificates()));
        return json;
    }

    private Map<String, Object> group(DistributionGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph.group");
        json.put("mail", group.primarySmtpAddress());
        json.put("displayName", group.displayName());
        json.put("proxyAddresses", proxyAddresses(group.primarySmtpAddress(), group.proxyAddresses()));
        return json;
    }

    /**
     * One page of a group's direct members: from {@code skip}, at most {@code top}, with an
     * {@code @odata.nextLink} to the next page when there is one; the users' certificates too when
     * they were selected.
     */
    private Map<String, Object> members(DistributionGroup group, String asked, int skip, int top, boolean certificates,
                                        String select) {
        List<String> all = group.members();
        int end = (int) Math.min(all.size(), (long) skip + top);
        List<Map<String, Object>> value = new ArrayList<>(Math.max(0, end - skip));
        for (String member : all.subList(Math.min(skip, all.size()), end)) {
            Object entry = byAddress.get(key(member));
            Map<String, Object> json = new LinkedHashMap<>();
            if (entry instanceof DistributionGroup nested) {
                json.put("@odata.type", "#microsoft.graph.group");
                json.put("mail", nested.primarySmtpAddress());
                json.put("displayName", nested.displayName());
            } else if (entry instanceof DirectoryUser user) {
                json.put("@odata.type", "#microsoft.graph.user");
                json.put("mail", user.primarySmtpAddress());
                json.put("displayName", user.displayName());
                if (certificates) {
                    json.put("userSMIMECertificate", base64(user.userSmimeCertificates()));
                    json.put("userCertificate", base64(user.userCertificates()));
                }
            } else {
                // A member the list holds no entry for: listed by its address alone (and no certificate
                // when certificates are selected); looking it up answers 404.
                json.put("@odata.type", "#microsoft.graph.user");
                json.put("mail", member);
                if (certificates) {
                    json.put("userSMIMECertificate", List.of());
                    json.put("userCertificate", List.of());
                }
            }
            value.add(json);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("value", value);
        if (end < all.size()) {
            String next = mount.address() + "/groups/" + encode(asked) + "/members?$top=" + top + "&$skiptoken=" + end
                    + (select == null ? "" : "&$select=" + encode(select));
            page.put("@odata.nextLink", next);
        }
        return page;
    }

    /** The options of a query, {@code $top=100&$select=mail} as a map; the last of a repeated name wins. */
    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                options.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return options;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@")
                .replace("%2C", ",").replace("%24", "$");
    }

    private static List<String> proxyAddresses(String primary, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add("SMTP:" + primary);
        for (String alias : aliases) {
            all.add("smtp:" + alias);
        }
        return all;
    }

    private static List<String> base64(List<byte[]> values) {
        return values.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static HttpAnswer notFound(String what, String address) {
        return GraphJson.error(404, "Request_ResourceNotFound", "No " + what + " with the address " + address
                + " in the Global Address List.");
    }

    /** The address a request path is about: the segment after the route name, lower case; empty if none. */
    private static String addressIn(String path) {
        int query = path.indexOf('?');
        String[] parts = (query < 0 ? path : path.substring(0, query)).split("/", -1);
        return parts.length >= 2 ? key(parts[1]) : "";
    }

    private static String primaryOf(Object entry) {
        return entry instanceof DirectoryUser user ? user.primarySmtpAddress()
                : ((DistributionGroup) entry).primarySmtpAddress();
    }

    private static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
