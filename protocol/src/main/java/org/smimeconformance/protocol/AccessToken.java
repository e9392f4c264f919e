package org.smimeconformance.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that a caller of the protocol shows on every call, as {@code Authorization: Bearer TOKEN}:
 * a served implementation holds private keys, and nobody without the token gets anything from it.
 *
 * <p>A token is at least {@value #MIN_LENGTH} characters of the HTTP bearer token's alphabet
 * ({@code A-Z a-z 0-9 - . _ ~ + /}, then {@code =} padding). {@link #generate()} makes one of 256
 * random bits with {@link SecureRandom}. A presented token is compared in constant time: both sides
 * are hashed (SHA-256) and the hashes compared with {@link MessageDigest#isEqual}, so that neither
 * the content nor the length of the token shows in the time an answer takes.
 *
 * <p>{@link #toString()} never shows the token; {@link #value()} does.
 */
public final class AccessToken {

    /** The environment variable that gives the token: {@code run --target http://...} sends it, {@code serve} requires it. */
    public static final String ENVIRONMENT_VARIABLE = "SMIME_CONFORMANCE_TOKEN";

    /** The system property that gives the token, before the environment variable (for a JVM that embeds the suite). */
    public static final String SYSTEM_PROPERTY = "smime.conformance.token";

    /** The shortest token taken. */
    public static final int MIN_LENGTH = 32;

    /** The longest token taken. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final byte[] digest;

    private AccessToken(String value) {
        this.value = value;
        this.digest = sha256(value);
    }

    /** A new token of 32 random bytes, base64url without padding (43 characters). */
    public static AccessToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * This token.
     *
     * @throws IllegalArgumentException when it is shorter than {@value #MIN_LENGTH} or longer than
     *                                  {@value #MAX_LENGTH} characters, or has a character a bearer token cannot have
     */
    public static AccessToken of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a token is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, not "
                    + value.length());
        }
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a token is made of A-Z a-z 0-9 - . _ ~ + / (and = at its end), "
                    + "as a bearer token is");
        }
        return new AccessToken(value);
    }

    /**
     * The token this JVM is given: the system property {@value #SYSTEM_PROPERTY}, else the environment
     * variable {@value #ENVIRONMENT_VARIABLE}; empty when neither is set (or set to nothing but spaces).
     *
     * @throws IllegalArgumentException when the one given is not a token (see {@link #of})
     */
    public static Optional<AccessToken> fromEnvironment() {
        String given = System.getProperty(SYSTEM_PROPERTY);
        String where = "system property " + SYSTEM_PROPERTY;
        if (given == null || given.isBlank()) {
            given = System.getenv(ENVIRONMENT_VARIABLE);
            where = "environment variable " + ENVIRONMENT_VARIABLE;
        }
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(given.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + where + " is not a token: " + e.getMessage(), e);
        }
    }

    /** The token itself, to send or to print for whoever is meant to have it. */
    public String value() {
        return value;
    }

    /** Whether this is the token presented; in constant time. Null (none presented) is never it. */
    boolean admits(String presented) {
        byte[] other = sha256(presented == null ? "" : presented);
        return MessageDigest.isEqual(digest, other) && presented != null;
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "AccessToken[not shown]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
