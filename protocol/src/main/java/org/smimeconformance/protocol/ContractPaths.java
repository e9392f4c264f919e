package org.smimeconformance.protocol;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smimeconformance.contract.MailClient;

/**
 * The one rule that maps the contract onto HTTP paths, read from the contract itself so that the
 * protocol and the contract cannot drift apart. From {@code /v1/clients/{client}} (a
 * {@link MailClient}), for every public method of an interface:
 *
 * <ul>
 *   <li>one that takes nothing and returns an interface of the contract is a <em>part</em>: its
 *       name is a path segment and the rule goes on in the part ({@code trust},
 *       {@code stores});</li>
 *   <li>one that takes an argument and returns an interface of the contract opens a
 *       <em>handle</em>: {@code POST .../{name}s} with the argument as the body answers
 *       {@code {"name": "<handle>"}}, and the handle's own methods live under
 *       {@code .../{name}s/{name}} ({@code device} makes {@code /devices/{device}});</li>
 *   <li>{@code close()} of the client is {@code DELETE /v1/clients/{client}};</li>
 *   <li>every other method is an <em>operation</em>: {@code POST .../{method}} with a JSON object
 *       of its arguments by parameter name, answering {@code {"value": result}}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; built once from the contract's classes.
 */
public final class ContractPaths {

    public static final String IMPLEMENTATION = "/v1/implementation";
    public static final String OPENAPI = "/v1/openapi.json";
    public static final String CLIENTS = "/v1/clients";
    public static final String CLIENT_VARIABLE = "client";
    public static final String CLIENT = CLIENTS + "/{" + CLIENT_VARIABLE + "}";

    /** The package every interface and value of the contract lives under. */
    static final String CONTRACT_PACKAGE = MailClient.class.getPackageName();

    private static final Node ROOT = node(MailClient.class, CLIENT, List.of());

    private ContractPaths() {
    }

    /** The client, the root of every path under {@code /v1/clients/{client}}. */
    public static Node root() {
        return ROOT;
    }

    /** Every operation, in path order. */
    public static List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        collect(ROOT, all);
        all.sort(Comparator.comparing(Operation::path));
        return List.copyOf(all);
    }

    /** Every method that opens a handle, in path order. */
    public static List<Link> handles() {
        List<Link> all = new ArrayList<>();
        collectHandles(ROOT, all);
        return List.copyOf(all);
    }

    private static void collect(Node node, List<Operation> into) {
        into.addAll(node.operations().values());
        node.parts().values().forEach(link -> collect(link.target(), into));
        node.handles().values().forEach(link -> collect(link.target(), into));
    }

    private static void collectHandles(Node node, List<Link> into) {
        node.parts().values().forEach(link -> collectHandles(link.target(), into));
        for (Link link : node.handles().values()) {
            into.add(link);
            collectHandles(link.target(), into);
        }
    }

    /**
     * One interface of the contract at its place in the paths.
     *
     * @param type       the interface
     * @param path       its path template, e.g. {@code /v1/clients/{client}/devices/{device}}
     * @param route      the methods that lead to it from the client: parts and handles
     * @param parts      its parts by path segment
     * @param handles    the handles it opens, by collection segment ({@code devices})
     * @param operations its operations by method name
     */
    public record Node(Class<?> type, String path, List<Method> route, Map<String, Link> parts, Map<String, Link> handles,
                       Map<String, Operation> operations) {
    }

    /**
     * A method that leads from one interface to another.
     *
     * @param method  the method of the contract
     * @param segment its path segment: the method name for a part, the plural for a handle ({@code devices})
     * @param target  where it leads
     */
    public record Link(Method method, String segment, Node target) {

        /** Whether the method takes an argument and so opens a handle, named by {@link #variable()}. */
        public boolean opensHandle() {
            return method.getParameterCount() > 0;
        }

        /** The path variable of the handle, and the property its creation answers: {@code device}. */
        public String variable() {
            return method.getName();
        }

        /** The declaring interface and method, for messages: {@code MailClient.device}. */
        public String describe() {
            return ContractPaths.describe(method);
        }

        /** The path of the collection the handle is opened in, e.g. {@code /v1/clients/{client}/devices}. */
        public String collectionPath(Node from) {
            return from.path() + "/" + segment;
        }
    }

    /**
     * One operation of the protocol.
     *
     * @param path   its path template, e.g. {@code /v1/clients/{client}/trust/verify}
     * @param route  the methods (parts and handles) that lead from the client to the interface declaring it
     * @param method the contract's method
     */
    public record Operation(String path, List<Method> route, Method method) {

        /** A name for the operation, unique in the protocol: {@code trustVerify}, {@code deviceStoresInstallPkcs12}. */
        public String operationId() {
            StringBuilder id = new StringBuilder();
            for (Method step : route) {
                id.append(id.length() == 0 ? step.getName() : capitalise(step.getName()));
            }
            id.append(id.length() == 0 ? method.getName() : capitalise(method.getName()));
            return id.toString();
        }

        /** The arguments in order, each named as the contract names it. */
        public List<Parameter> parameters() {
            return List.of(method.getParameters());
        }

        /** The declaring interface and method, for messages: {@code TrustVerification.verify}. */
        public String describe() {
            return ContractPaths.describe(method);
        }
    }

    /** A method of the contract as messages name it: {@code TrustVerification.verify}. */
    static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** Whether a method is the client's {@code close()}, which is the DELETE of the client. */
    public static boolean isClose(Method method) {
        return method.getName().equals("close") && method.getParameterCount() == 0
                && AutoCloseable.class.isAssignableFrom(method.getDeclaringClass());
    }

    /** Whether a type is an interface of the contract, reached through a part or a handle. */
    static boolean isContractInterface(Class<?> type) {
        return type.isInterface() && type.getPackageName().startsWith(CONTRACT_PACKAGE);
    }

    private static Node node(Class<?> type, String path, List<Method> route) {
        Map<String, Link> parts = new LinkedHashMap<>();
        Map<String, Link> handles = new LinkedHashMap<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Method method : methods(type)) {
            if (isClose(method)) {
                if (!route.isEmpty()) {
                    throw new IllegalStateException("only the client closes: " + method);
                }
                continue;
            }
            String name = method.getName();
            if (isContractInterface(method.getReturnType())) {
                boolean handle = method.getParameterCount() > 0;
                if (handle && method.getParameterCount() != 1) {
                    throw new IllegalStateException("a method that opens a handle takes one argument: " + method);
                }
                String segment = handle ? name + "s" : name;
                List<Method> deeper = new ArrayList<>(route);
                deeper.add(method);
                Node child = node(method.getReturnType(), path + "/" + segment + (handle ? "/{" + name + "}" : ""),
                        List.copyOf(deeper));
                (handle ? handles : parts).put(segment, new Link(method, segment, child));
            } else {
                requireParameterNames(method);
                operations.put(name, new Operation(path + "/" + name, List.copyOf(route), method));
            }
        }
        requireDistinct(type, parts, handles, operations);
        return new Node(type, path, List.copyOf(route), Collections.unmodifiableMap(parts),
                Collections.unmodifiableMap(handles), Collections.unmodifiableMap(operations));
    }

    /** Public instance methods, those inherited from {@code Object} aside, in name order; no overloads. */
    private static List<Method> methods(Class<?> type) {
        List<Method> methods = Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        for (int i = 1; i < methods.size(); i++) {
            if (methods.get(i).getName().equals(methods.get(i - 1).getName())) {
                throw new IllegalStateException("the protocol names operations by method: " + type.getName()
                        + " overloads " + methods.get(i).getName());
            }
        }
        return methods;
    }

    private static void requireParameterNames(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.isNamePresent()) {
                throw new IllegalStateException("the contract was compiled without -parameters: the protocol names the "
                        + "arguments of " + method + " by their parameter names");
            }
        }
    }

    private static void requireDistinct(Class<?> type, Map<String, Link> parts, Map<String, Link> handles,
                                        Map<String, Operation> operations) {
        for (String segment : handles.keySet()) {
            if (parts.containsKey(segment) || operations.containsKey(segment)) {
                throw new IllegalStateException(type.getName() + ": the path segment " + segment + " means two things");
            }
        }
        for (String segment : parts.keySet()) {
            if (operations.containsKey(segment)) {
                throw new IllegalStateException(type.getName() + ": the path segment " + segment + " means two things");
            }
        }
    }

    /** The operation or part of this node whose method this is. */
    static Optional<Link> linkOf(Node node, Method method) {
        Link part = node.parts().get(method.getName());
        if (part != null && part.method().equals(method)) {
            return Optional.of(part);
        }
        Link handle = node.handles().get(method.getName() + "s");
        if (handle != null && handle.method().equals(method)) {
            return Optional.of(handle);
        }
        return Optional.empty();
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
