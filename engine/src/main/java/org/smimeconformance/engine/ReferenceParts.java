package org.smimeconformance.engine;

import java.util.Objects;
import java.util.function.UnaryOperator;

import org.smimeconformance.engine.delivery.DeliveryParts;
import org.smimeconformance.engine.directory.DirectoryParts;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.MailParts;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.engine.trust.TrustParts;

/**
 * The replaceable parts of the reference engine. The reference uses {@link #reference()}; a
 * deliberately broken variant swaps exactly one of them. Immutable; the parts themselves must be
 * thread-safe, since one set serves every client of a run.
 *
 * @param trust            chain building, path check and revocation check ({@link TrustParts})
 * @param addressMatcher   whether a certificate is an account's for a purpose (ADDR)
 * @param managedValues    how a managed value meets the user's choice (POL-1..3)
 * @param organizeByThread what enabling S/MIME does to Organize By Thread (CLIENT-3)
 * @param mail             how a signed message is encoded, when the expiry alert shows, whether
 *                         received S/MIME content is consumed ({@link MailParts}; SEND-5, SEND-2, VIEW-5)
 * @param directory        the lookup order, the recipient order and the check of a certificate found
 *                         ({@link DirectoryParts}; LDAP-5, SEND-9, LDAP-6)
 * @param delivery         whether automated delivery can happen on a device, which stores Outlook
 *                         reads, how a PKCS#12 file is opened ({@link DeliveryParts}; AUTO-1, AUTO-3,
 *                         AUTO-2, MAN-3)
 */
public record ReferenceParts(TrustParts trust, AddressMatcher addressMatcher, ManagedValueRule managedValues,
                             OrganizeByThreadRule organizeByThread, MailParts mail, DirectoryParts directory,
                             DeliveryParts delivery) {

    public ReferenceParts {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(addressMatcher, "addressMatcher");
        Objects.requireNonNull(managedValues, "managedValues");
        Objects.requireNonNull(organizeByThread, "organizeByThread");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(delivery, "delivery");
    }

    /** The article's behaviour throughout. */
    public static ReferenceParts reference() {
        return new ReferenceParts(TrustParts.reference(), new PrimarySmtpAddressMatcher(), ManagedValueRule.reference(),
                OrganizeByThreadRule.reference(), MailParts.reference(), DirectoryParts.reference(),
                DeliveryParts.reference());
    }

    /** Replaces trust parts, e.g. {@code parts.withTrust(trust -> trust.withRevocationCheck(...))}. */
    public ReferenceParts withTrust(UnaryOperator<TrustParts> customise) {
        return new ReferenceParts(customise.apply(trust), addressMatcher, managedValues, organizeByThread, mail, directory,
                delivery);
    }

    public ReferenceParts withAddressMatcher(AddressMatcher replacement) {
        return new ReferenceParts(trust, replacement, managedValues, organizeByThread, mail, directory, delivery);
    }

    public ReferenceParts withManagedValues(ManagedValueRule replacement) {
        return new ReferenceParts(trust, addressMatcher, replacement, organizeByThread, mail, directory, delivery);
    }

    public ReferenceParts withOrganizeByThread(OrganizeByThreadRule replacement) {
        return new ReferenceParts(trust, addressMatcher, managedValues, replacement, mail, directory, delivery);
    }

    /** Replaces mail parts, e.g. {@code parts.withMail(mail -> mail.withSignatureEncoding(...))}. */
    public ReferenceParts withMail(UnaryOperator<MailParts> customise) {
        return new ReferenceParts(trust, addressMatcher, managedValues, organizeByThread, customise.apply(mail), directory,
                delivery);
    }

    /** Replaces directory parts, e.g. {@code parts.withDirectory(directory -> directory.withLookupOrder(...))}. */
    public ReferenceParts withDirectory(UnaryOperator<DirectoryParts> customise) {
        return new ReferenceParts(trust, addressMatcher, managedValues, organizeByThread, mail, customise.apply(directory),
                delivery);
    }

    /** Replaces delivery parts, e.g. {@code parts.withDelivery(delivery -> delivery.withEnrollment(...))}. */
    public ReferenceParts withDelivery(UnaryOperator<DeliveryParts> customise) {
        return new ReferenceParts(trust, addressMatcher, managedValues, organizeByThread, mail, directory,
                customise.apply(delivery));
    }
}
