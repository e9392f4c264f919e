package org.smimeconformance.contract.identity;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.device.Purpose;

/**
 * "The S/MIME certificate used by Outlook for iOS and Android is calculated by comparing the user's
 * primary SMTP address as defined in the account profile with the certificate's subject value or
 * the subject alternative name value" (ADDR-2). A pure judgement: no store, no network, no trust
 * verification. Thread-safe.
 */
public interface AddressMatching {

    /**
     * @param certificate        the certificate, DER or PEM
     * @param primarySmtpAddress the account's primary SMTP address, as typed in the account profile
     * @param purpose            signing or encryption
     * @return {@code ADDRESS_MATCHES}, {@code ADDRESS_MISMATCH}, {@code WRONG_KEY_USAGE} or
     *         {@code MALFORMED_CERTIFICATE}
     */
    Outcome judge(byte[] certificate, String primarySmtpAddress, Purpose purpose);
}
