package org.smimeconformance.contract.mail;

import java.util.Objects;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * What the compose screen offers a new message from an account (CLIENT-1, ADDR-3, CLIENT-5,
 * POL-2, POL-3).
 *
 * @param sign            whether signing can be chosen: success, or why not ({@code SMIME_DISABLED},
 *                        {@code CERT_NOT_AVAILABLE}, ...)
 * @param encrypt         whether encryption can be chosen, likewise
 * @param signByDefault   a new message starts signed
 * @param encryptByDefault a new message starts encrypted
 */
public record ComposeOptions(Outcome sign, Outcome encrypt, boolean signByDefault, boolean encryptByDefault) {

    public ComposeOptions {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(encrypt, "encrypt");
    }
}
