package org.smimeconformance.fakes.http;

/**
 * Computes the answers under a path mounted on a scenario ({@link ScenarioEndpoints#mount}), so a
 * fake with many resources (the Global Address List) needs one stub, not one per resource.
 *
 * <p>Called on the server's threads, possibly at once: implementations must be thread-safe.
 */
@FunctionalInterface
public interface HttpResponder {

    /**
     * @param method the HTTP method, e.g. {@code GET}
     * @param path   the percent-decoded path below the mount, e.g. {@code users/alice@contoso.com};
     *               empty for the mount itself
     * @param query  the decoded query string without its {@code ?}, empty when there is none
     * @return the answer; null answers 404 with no body
     */
    HttpAnswer answer(String method, String path, String query);

    /**
     * The answer to a request with a body (a {@code POST}); the server calls this one. By default
     * the body is ignored and {@link #answer(String, String, String)} answers.
     *
     * @param body the request's body as received, empty when there is none
     */
    default HttpAnswer answer(String method, String path, String query, byte[] body) {
        return answer(method, path, query);
    }
}
