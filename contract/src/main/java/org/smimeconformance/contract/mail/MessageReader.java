package org.smimeconformance.contract.mail;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * Reading S/MIME mail (VIEW). A received message belongs to the account it was sent to: the first
 * account of the app (in the order they were set up) whose primary SMTP address is among its To
 * and Cc recipients, or the first account when it names none of them (a Bcc copy). S/MIME content
 * is verified and decrypted only when S/MIME is on for that account (VIEW-5).
 */
public interface MessageReader {

    /**
     * Opens a received message given as RFC 5322 bytes, as the reading pane shows it: its status
     * bar, its text, the signer's certificate and the warnings about it. Never throws for bad
     * input: bytes that are not a readable message are {@code MALFORMED_MESSAGE}.
     */
    ReadResult open(byte[] mime);

    /**
     * Installs the signer's certificate of a received message from the status bar (VIEW-3), into
     * the store Outlook keeps public certificates in (the Microsoft publisher keychain on iOS, the
     * KeyStore on Android); afterwards a lookup on the device finds it.
     */
    Outcome installSenderCertificate(byte[] mime);
}
