package org.smimeconformance.contract.delivery;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;

/**
 * Automated certificate delivery through Company Portal from Microsoft Endpoint Manager (AUTO,
 * POL-4..9). Retrieval is asynchronous: start it, then ask for its state until it settles.
 *
 * <p>The device is the one of the {@link org.smimeconformance.contract.device.OutlookApp} this
 * belongs to; the user is the one Endpoint Manager enrolled it for. Endpoint Manager is reached at
 * {@link org.smimeconformance.contract.Endpoints#intune()}, every request bounded by the world's
 * timeouts. {@link #retrievalState()} may be called from another thread than the one that started
 * the retrieval.
 */
public interface CertificateDelivery {

    /**
     * The user follows an end-user notification (POL-7) and Company Portal starts retrieving.
     *
     * @return {@code RETRIEVAL_STARTED}; {@code RETRIEVAL_IN_PROGRESS} when a retrieval is already
     *         running (no second one starts); or at once, without asking Endpoint Manager anything,
     *         why automated delivery cannot happen on this device ({@code NOT_MANAGED_BY_ENDPOINT_MANAGER},
     *         {@code ENROLLMENT_NOT_SUPPORTED}, {@code DEVICE_NOT_ENROLLED}), which is then also the state
     */
    Outcome startRetrieval(Notification notification);

    /**
     * Where retrieval stands now; never blocks: {@code RETRIEVAL_NOT_STARTED},
     * {@code RETRIEVAL_IN_PROGRESS}, or once settled {@code CERTIFICATES_DELIVERED} or why not (a
     * missing prerequisite of AUTO-8, {@code NO_POLICY_ASSIGNED}, {@code NOTHING_TO_DELIVER}, a
     * refused policy's code, {@code INTUNE_UNREACHABLE}, ...). Once settled, the certificates and
     * settings it delivered are in place.
     */
    Outcome retrievalState();

    /**
     * Company Portal's derived credential flow (NIST SP 800-157, AUTO-6): the user proves who they
     * are with their smart card, and a derived credential is issued to this device, its keys made
     * on the device. Outlook uses it only once an S/MIME policy with "Derived credentials" as a
     * certificate profile type is retrieved. Synchronous, bounded by the world's timeouts.
     *
     * @return {@code OK}, or why not ({@code DERIVED_CREDENTIAL_MISSING} when Endpoint Manager has
     *         none to issue for the user, {@code DEVICE_NOT_ENROLLED}, {@code INTUNE_UNREACHABLE}, ...)
     * @throws UnsupportedCapabilityException when the implementation lacks automated delivery
     */
    default Outcome retrieveDerivedCredential() {
        throw new UnsupportedCapabilityException(Capability.AUTOMATED_DELIVERY);
    }
}
