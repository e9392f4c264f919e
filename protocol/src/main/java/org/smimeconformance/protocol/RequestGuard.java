package org.smimeconformance.protocol;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.smimeconformance.protocol.ProtocolError.ErrorCode;

/**
 * Who may call the server, read from a request's headers alone (so that a transport can refuse
 * before it reads a body), in this order:
 *
 * <ol>
 *   <li>{@code Host} names an address the server answers at, with its port: the bound address; for a
 *       loopback bind also {@code localhost}, {@code 127.0.0.1} and {@code [::1]}; for a bind to every
 *       address ({@code 0.0.0.0}, {@code ::}) {@code localhost} and any IP address, never a DNS name.
 *       A web page that rebinds a name of its own to this machine sends its own name, and is refused
 *       ({@link ErrorCode#FORBIDDEN_HOST}, 403);</li>
 *   <li>{@code Origin}, when there is one, is the server's own ({@code http://} and the {@code Host}):
 *       a web page of another site is refused ({@link ErrorCode#FORBIDDEN_ORIGIN}, 403);</li>
 *   <li>{@code Authorization: Bearer TOKEN} carries the server's {@link AccessToken}, on every call but
 *       {@code GET /v1/openapi.json}, which is public ({@link ErrorCode#UNAUTHORIZED}, 401);</li>
 *   <li>a {@code POST} says {@code Content-Type: application/json} (a charset, if any, UTF-8): a web page
 *       can send {@code text/plain} to any server without asking, never JSON
 *       ({@link ErrorCode#UNSUPPORTED_MEDIA_TYPE}, 415).</li>
 * </ol>
 *
 * <p>A refusal says what the rule is and nothing of what was sent, nor anything the server holds.
 * Immutable and thread-safe.
 */
final class RequestGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private final AccessToken token;
    private final InetAddress bound;
    private final int port;

    private RequestGuard(AccessToken token, InetAddress bound, int port) {
        this.token = Objects.requireNonNull(token, "token");
        this.bound = Objects.requireNonNull(bound, "bound");
        this.port = port;
    }

    /** The guard of a server bound to this address and port, that takes this token. */
    static RequestGuard of(AccessToken token, InetSocketAddress bound) {
        return new RequestGuard(token, bound.getAddress(), bound.getPort());
    }

    /** The token callers must show. */
    AccessToken token() {
        return token;
    }

    /** Empty when the request may go on to the dispatcher; else the refusal to answer, without reading its body. */
    Optional<ProtocolAnswer> refusal(ProtocolRequest request) {
        List<String> hosts = request.header("Host");
        Optional<Authority> host = hosts.size() == 1 ? Authority.parse(hosts.get(0)) : Optional.empty();
        if (host.isEmpty() || !answersAt(host.get())) {
            return refuse(ErrorCode.FORBIDDEN_HOST, "the Host header must name this server's address and port"
                    + (bound.isLoopbackAddress() ? " (localhost, 127.0.0.1 or [::1])" : "")
                    + ": a request that names another is refused, as a web page rebinding its own name would send");
        }
        List<String> origins = request.header("Origin");
        if (!origins.isEmpty() && (origins.size() > 1 || !sameOrigin(origins.get(0), host.get()))) {
            return refuse(ErrorCode.FORBIDDEN_ORIGIN, "a request from a web page of another origin is refused");
        }
        if (!isOpenDocument(request) && !authorized(request.header("Authorization"))) {
            return refuse(ErrorCode.UNAUTHORIZED, "every call but GET " + ContractPaths.OPENAPI + " carries the server's "
                    + "token as 'Authorization: Bearer TOKEN' ('serve' prints it; 'run' sends the one in "
                    + AccessToken.ENVIRONMENT_VARIABLE + ")");
        }
        if (request.method().equals("POST") && !isJson(request.header("Content-Type"))) {
            return refuse(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "a POST carries JSON, with 'Content-Type: application/json'");
        }
        return Optional.empty();
    }

    private static Optional<ProtocolAnswer> refuse(ErrorCode code, String message) {
        return Optional.of(ProtocolAnswer.error(ProtocolError.of(code, message), null));
    }

    private boolean answersAt(Authority host) {
        if (host.port() != port) {
            return false;
        }
        if (bound.isLoopbackAddress() && LOOPBACK_NAMES.contains(host.name())) {
            return true;
        }
        Optional<InetAddress> literal = host.literal();
        if (bound.isAnyLocalAddress()) {
            return host.name().equals("localhost") || literal.isPresent();
        }
        return literal.isPresent() && literal.get().equals(bound);
    }

    /** {@code http://} and the host the request named, the port written or the default one. */
    private static boolean sameOrigin(String origin, Authority host) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
            return false;
        }
        Optional<Authority> authority = Authority.parse(uri.getRawAuthority());
        return authority.isPresent() && authority.get().equals(host);
    }

    private boolean isOpenDocument(ProtocolRequest request) {
        return request.method().equals("GET") && ContractPaths.OPENAPI.equals(ProtocolDispatcher.normalised(request.rawPath()));
    }

    private boolean authorized(List<String> authorization) {
        String presented = null;
        if (authorization.size() == 1) {
            String value = authorization.get(0).strip();
            int space = value.indexOf(' ');
            if (space > 0 && value.substring(0, space).equalsIgnoreCase("Bearer")) {
                presented = value.substring(space + 1).strip();
            }
        }
        return token.admits(presented);
    }

    /** {@code application/json}, in any case, with parameters; a charset, if any, UTF-8. */
    private static boolean isJson(List<String> contentType) {
        if (contentType.size() != 1) {
            return false;
        }
        String[] parts = contentType.get(0).split(";");
        if (!parts[0].strip().equalsIgnoreCase(ProtocolAnswer.JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A host and port as a {@code Host} header or an origin writes them, the name in lower case. */
    private record Authority(String name, int port) {

        static Optional<Authority> parse(String text) {
            String value = text.strip().toLowerCase(Locale.ROOT);
            String name;
            String port;
            if (value.startsWith("[")) {
                int close = value.indexOf(']');
                if (close < 0) {
                    return Optional.empty();
                }
                name = value.substring(0, close + 1);
                String rest = value.substring(close + 1);
                if (!rest.isEmpty() && !rest.startsWith(":")) {
                    return Optional.empty();
                }
                port = rest.isEmpty() ? null : rest.substring(1);
            } else {
                int colon = value.indexOf(':');
                name = colon < 0 ? value : value.substring(0, colon);
                port = colon < 0 ? null : value.substring(colon + 1);
            }
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '@' && c != '/')) {
                return Optional.empty();
            }
            if (port == null) {
                return Optional.of(new Authority(name, 80));
            }
            if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65_535) {
                return Optional.empty();
            }
            return Optional.of(new Authority(name, Integer.parseInt(port)));
        }

        /** The IP address the name writes, if it writes one (never a lookup of a name). */
        Optional<InetAddress> literal() {
            boolean ipv6 = name.startsWith("[") && name.endsWith("]") && name.indexOf(':') > 0;
            boolean ipv4 = IPV4.matcher(name).matches()
                    && java.util.Arrays.stream(name.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
            if (!ipv4 && !ipv6) {
                return Optional.empty();
            }
            String address = ipv6 ? name.substring(1, name.length() - 1) : name;
            if (ipv6 && !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return Optional.empty();
            }
            try {
                // a literal address: InetAddress reads it without any lookup
                return Optional.of(InetAddress.getByName(address));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
    }
}
