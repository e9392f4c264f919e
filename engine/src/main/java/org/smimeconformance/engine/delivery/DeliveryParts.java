package org.smimeconformance.engine.delivery;

import java.util.Objects;

import org.smimeconformance.engine.device.Pkcs12Opener;
import org.smimeconformance.engine.device.StoreAccess;

/**
 * The replaceable parts of getting certificates onto the device, manual and automated. Immutable;
 * the parts must be thread-safe.
 *
 * @param enrollment  whether automated delivery can happen on the device (AUTO-1, AUTO-3)
 * @param storeAccess which stores Outlook reads (AUTO-2)
 * @param pkcs12      how a mailed or exported PKCS#12 file is opened with its password (MAN-1, MAN-3)
 */
public record DeliveryParts(EnrollmentRule enrollment, StoreAccess storeAccess, Pkcs12Opener pkcs12) {

    public DeliveryParts {
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(storeAccess, "storeAccess");
        Objects.requireNonNull(pkcs12, "pkcs12");
    }

    /** The article's behaviour throughout. */
    public static DeliveryParts reference() {
        return new DeliveryParts(EnrollmentRule.reference(), StoreAccess.reference(), Pkcs12Opener.reference());
    }

    public DeliveryParts withEnrollment(EnrollmentRule replacement) {
        return new DeliveryParts(replacement, storeAccess, pkcs12);
    }

    public DeliveryParts withStoreAccess(StoreAccess replacement) {
        return new DeliveryParts(enrollment, replacement, pkcs12);
    }

    public DeliveryParts withPkcs12(Pkcs12Opener replacement) {
        return new DeliveryParts(enrollment, storeAccess, replacement);
    }
}
