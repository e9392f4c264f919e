package org.smimeconformance.engine.identity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The names of extended key usages (key purposes, RFC 5280 section 4.2.1.12) as Bouncy Castle's
 * {@link KeyPurposeId} constants carry them: the ASN.1 name without its {@code id-kp-} prefix,
 * so {@code id_kp_emailProtection} is {@code emailProtection}, {@code id_kp_OCSPSigning}
 * {@code OCSPSigning}, and {@code anyExtendedKeyUsage} is itself. Read once from the constants;
 * stateless after that and thread-safe.
 */
public final class KeyPurposes {

    private static final Map<KeyPurposeId, String> NAMES = names();

    private KeyPurposes() {
    }

    /** The name of a purpose Bouncy Castle has a constant for, e.g. {@code clientAuth}; else its OID. */
    public static String name(KeyPurposeId purpose) {
        return NAMES.getOrDefault(purpose, purpose.getId());
    }

    private static Map<KeyPurposeId, String> names() {
        Map<KeyPurposeId, String> names = new HashMap<>();
        for (Field field : KeyPurposeId.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == KeyPurposeId.class) {
                String name = field.getName().replaceFirst("^id_kp_", "").replace('_', '-');
                names.merge(constant(field), name, (first, other) -> first.compareTo(other) <= 0 ? first : other);
            }
        }
        return Map.copyOf(names);
    }

    private static KeyPurposeId constant(Field field) {
        try {
            return (KeyPurposeId) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read KeyPurposeId." + field.getName(), e);
        }
    }
}
