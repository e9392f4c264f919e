package org.smimeconformance.contract.mail;

import org.smimeconformance.contract.Outcome;

/** Reading S/MIME mail (VIEW). */
public interface MessageReader {

    /** Opens a received message given as RFC 5322 bytes. */
    ReadResult open(byte[] mime);

    /** Installs the signer's certificate of a received message from the status bar (VIEW-3). */
    Outcome installSenderCertificate(byte[] mime);
}
