package org.smimeconformance.contract.mail;

/** Composing S/MIME mail (SEND). */
public interface Composer {

    /** What the compose screen offers for a new message from the account. */
    ComposeOptions options(String primarySmtpAddress);

    /**
     * Saves the draft; the S/MIME encoding is applied now (SEND-3), after the same checks of the
     * sender's certificates as for sending, and the encoded draft is returned in
     * {@link ComposeResult#mime()}.
     */
    ComposeResult save(Draft draft);

    /**
     * Sends the draft: the sender's certificates are checked (SEND-1, SEND-2, SEND-7), every
     * recipient evaluated first when encrypting (SEND-8); the message as sent is returned in
     * {@link ComposeResult#mime()}, and alerts such as {@code EXPIRES_SOON} in
     * {@link ComposeResult#alerts()}.
     */
    ComposeResult send(Draft draft);
}
