package org.smimeconformance.engine.directory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.net.Fetched;
import org.smimeconformance.engine.net.HttpFetcher;

/**
 * The app's client of the Global Address List (Azure Active Directory): JSON over HTTP, with the
 * field names of Microsoft Graph, at the address the world gives
 * ({@link org.smimeconformance.contract.Endpoints#globalAddressList()}):
 * <ul>
 *   <li>{@code GET <base>/users/<address>}: a user and its {@code userSMIMECertificate} and
 *       {@code userCertificate} values (base64);</li>
 *   <li>{@code GET <base>/recipients/<address>}: the user or the distribution group holding the address;</li>
 *   <li>{@code GET <base>/groups/<address>/members?$select=...}: a group's direct members, users
 *       (with their published certificates) and groups, page after page ({@code @odata.nextLink}).</li>
 * </ul>
 * 200 is an answer, 404 is "not in the Global Address List"; anything else (refused, timed out,
 * another status, a body that is not such JSON) is {@code GAL_UNREACHABLE}. Each request is
 * bounded by the world's timeouts and response limit ({@link HttpFetcher}). The address goes into
 * the path percent-encoded, every character but letters, digits and {@code -._~@+} escaped, so it
 * can never reach another route.
 *
 * <p>A world without a Global Address List address makes every question "not found" without
 * asking anything. Thread-safe; stateless apart from the shared fetcher.
 */
public final class GlobalAddressListClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "#microsoft.graph.user";
    private static final String GROUP = "#microsoft.graph.group";
    private static final String SELECT_MEMBERS = "$select=mail,displayName,userSMIMECertificate,userCertificate";

    private final Optional<URI> base;
    private final HttpFetcher fetcher;

    /**
     * @param base    the Global Address List's address, e.g. {@code http://127.0.0.1:51234/s/3/gal};
     *                empty when the world has none
     * @param fetcher the world's bounded HTTP fetcher
     */
    public GlobalAddressListClient(Optional<URI> base, HttpFetcher fetcher) {
        this.base = base;
        this.fetcher = fetcher;
    }

    /** Whether the world has a Global Address List at all. */
    public boolean configured() {
        return base.isPresent();
    }

    /** The user holding the address (primary or proxy), with its published certificates. */
    public SourceAnswer<GalEntry.User> user(String address) {
        return ask("users/" + segment(address), address).then(json -> {
            GalEntry entry = entry(json);
            return entry instanceof GalEntry.User user ? SourceAnswer.found(user)
                    : unreadable("the answer about " + address + " is not a user");
        });
    }

    /** The user or distribution group holding the address. */
    public SourceAnswer<GalEntry> recipient(String address) {
        return ask("recipients/" + segment(address), address).then(json -> {
            GalEntry entry = entry(json);
            return entry != null ? SourceAnswer.found(entry)
                    : unreadable("the answer about " + address + " is neither a user nor a group");
        });
    }

    /**
     * A group's direct members as read, page after page.
     *
     * @param members   in the order listed, users and groups; a member without an address cannot be
     *                  written to and is left out
     * @param published the users among them whose certificates came with the list, each as
     *                  {@link #user} would have answered
     * @param more      the group lists more members than were asked for: {@code members} holds one
     *                  more than that, and the rest was not read
     */
    public record MemberList(List<GalEntry> members, List<GalEntry.User> published, boolean more) {

        public MemberList {
            members = List.copyOf(members);
            published = List.copyOf(published);
        }
    }

    /**
     * The group's direct members with their published certificates
     * ({@code $select=mail,displayName,userSMIMECertificate,userCertificate}), following
     * {@code @odata.nextLink} from page to page, and reading no more than {@code atMost + 1}
     * members: a group that lists more says so ({@link MemberList#more()}) and the rest is never
     * asked for. Only links below this list's own address are followed; a page that lists nobody
     * yet points to another is no answer ({@code GAL_UNREACHABLE}), so the pages end.
     */
    public SourceAnswer<MemberList> members(String groupAddress, int atMost) {
        if (base.isEmpty()) {
            return SourceAnswer.notFound("the app has no Global Address List");
        }
        String root = base.get().toString().replaceAll("/+$", "");
        URI page = URI.create(root + "/groups/" + segment(groupAddress) + "/members?" + SELECT_MEMBERS);
        List<GalEntry> members = new ArrayList<>();
        List<GalEntry.User> published = new ArrayList<>();
        while (page != null) {
            Answer answer = ask(page, groupAddress);
            if (answer.ended() != null) {
                return answer.then(json -> null);
            }
            JsonNode value = answer.json().get("value");
            if (value == null || !value.isArray()) {
                return unreadable("the members of " + groupAddress + " are not a list");
            }
            for (JsonNode member : value) {
                String mail = text(member, "mail");
                if (mail == null || mail.isBlank()) {
                    continue;
                }
                if (members.size() > atMost) {
                    return SourceAnswer.found(new MemberList(members, published, true));
                }
                if (GROUP.equals(text(member, "@odata.type"))) {
                    members.add(new GalEntry.Group(mail));
                    continue;
                }
                members.add(new GalEntry.User(mail, List.of(), List.of()));
                if (member.has("userSMIMECertificate") || member.has("userCertificate")) {
                    GalEntry withCertificates = entry(member);
                    if (withCertificates instanceof GalEntry.User user) {
                        published.add(user);
                    }
                }
            }
            if (members.size() > atMost) {
                return SourceAnswer.found(new MemberList(members, published, true));
            }
            String next = text(answer.json(), "@odata.nextLink");
            if (next == null) {
                page = null;
            } else if (value.isEmpty()) {
                return unreadable("a page of the members of " + groupAddress + " lists nobody yet points to another");
            } else {
                page = below(root, next);
                if (page == null) {
                    return unreadable("the members of " + groupAddress + " continue at " + next
                            + ", which is not this Global Address List");
                }
            }
        }
        return SourceAnswer.found(new MemberList(members, published, false));
    }

    /** The next page's address when it lies below the list's own address, else null. */
    private static URI below(String root, String next) {
        try {
            URI uri = URI.create(next).normalize();
            return uri.toString().startsWith(root + "/groups/") && !uri.toString().contains("/../") ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Answer ask(String route, String address) {
        if (base.isEmpty()) {
            return new Answer(SourceAnswer.notFound("the app has no Global Address List"), null);
        }
        return ask(URI.create(base.get().toString().replaceAll("/+$", "") + "/" + route), address);
    }

    private Answer ask(URI uri, String address) {
        Fetched<HttpFetcher.Answer> fetched = fetcher.answer(uri);
        if (!fetched.ok()) {
            return new Answer(SourceAnswer.failed(OutcomeCode.GAL_UNREACHABLE, "the Global Address List could not be asked about "
                    + address + ": " + fetched.failure().orElse("")), null);
        }
        HttpFetcher.Answer answer = fetched.value();
        if (answer.status() == 404) {
            return new Answer(SourceAnswer.notFound(address + " is not in the Global Address List"), null);
        }
        if (answer.status() != 200) {
            return new Answer(SourceAnswer.failed(OutcomeCode.GAL_UNREACHABLE, "the Global Address List answered HTTP "
                    + answer.status() + " about " + address), null);
        }
        try {
            JsonNode json = JSON.readTree(answer.body());
            if (json == null || !json.isObject()) {
                return new Answer(unreadable("the Global Address List's answer about " + address + " is not a JSON object"), null);
            }
            return new Answer(null, json);
        } catch (IOException e) {
            return new Answer(unreadable("the Global Address List's answer about " + address + " is not JSON"), null);
        }
    }

    /** A JSON answer, or the source answer that ends the question. */
    private record Answer(SourceAnswer<?> ended, JsonNode json) {

        @SuppressWarnings("unchecked")
        <T> SourceAnswer<T> then(java.util.function.Function<JsonNode, SourceAnswer<T>> reading) {
            return ended != null ? (SourceAnswer<T>) ended : reading.apply(json);
        }
    }

    private static GalEntry entry(JsonNode json) {
        String type = text(json, "@odata.type");
        String mail = text(json, "mail");
        if (mail == null || mail.isBlank()) {
            return null;
        }
        if (GROUP.equals(type)) {
            return new GalEntry.Group(mail);
        }
        if (!USER.equals(type) && type != null) {
            return null;
        }
        Optional<List<byte[]>> smime = base64Values(json.get("userSMIMECertificate"));
        Optional<List<byte[]>> certificates = base64Values(json.get("userCertificate"));
        if (smime.isEmpty() || certificates.isEmpty()) {
            return null;
        }
        return new GalEntry.User(mail, smime.get(), certificates.get());
    }

    /** The values of a certificate array; absent means none; a value that is not base64 spoils the answer. */
    private static Optional<List<byte[]>> base64Values(JsonNode array) {
        if (array == null || array.isNull()) {
            return Optional.of(List.of());
        }
        if (!array.isArray()) {
            return Optional.empty();
        }
        List<byte[]> values = new ArrayList<>(array.size());
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                return Optional.empty();
            }
            try {
                values.add(Base64.getMimeDecoder().decode(value.asText()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static <T> SourceAnswer<T> unreadable(String why) {
        return SourceAnswer.failed(OutcomeCode.GAL_UNREACHABLE, why);
    }

    /** One path segment: unreserved characters, {@code @} and {@code +} kept; every other byte of the UTF-8 form escaped. */
    static String segment(String address) {
        if (address.equals(".") || address.equals("..")) {
            return address.replace(".", "%2E"); // never a step up the path
        }
        StringBuilder out = new StringBuilder();
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '@' || c == '+') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
