package org.smimeconformance.contract.mail;

/** Composing S/MIME mail (SEND). */
public interface Composer {

    /** What the compose screen offers for a new message from the account. */
    ComposeOptions options(String primarySmtpAddress);

    /** Saves the draft; the S/MIME encoding is applied now (SEND-3). */
    ComposeResult save(Draft draft);

    /** Sends the draft: every recipient evaluated first when encrypting (SEND-8). */
    ComposeResult send(Draft draft);
}
