package org.smimeconformance.engine.identity;

import java.security.cert.X509Certificate;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.Purpose;

/**
 * Whether a certificate is the account's for a purpose: the replaceable part of address matching
 * (ADDR-1, ADDR-2, ADDR-4). The reference is {@link PrimarySmtpAddressMatcher}; a deliberately
 * broken variant may swap it, e.g. to match the account's aliases too. Must be thread-safe and
 * pure: no store, no network, no clock.
 */
@FunctionalInterface
public interface AddressMatcher {

    /**
     * @return {@code ADDRESS_MATCHES}, {@code ADDRESS_MISMATCH} or {@code WRONG_KEY_USAGE}, with a
     *         message saying which address and field decided it
     */
    Outcome judge(X509Certificate certificate, Account account, Purpose purpose);
}
