package org.smimeconformance.contract.device;

import java.util.List;
import java.util.Objects;

/**
 * An account profile in the app.
 *
 * @param primarySmtpAddress the address the app uses for mail flow and certificate matching (ADDR-1)
 * @param proxyAddresses     the mailbox's other addresses (aliases); never used for matching
 */
public record Account(String primarySmtpAddress, List<String> proxyAddresses) {

    public Account {
        Objects.requireNonNull(primarySmtpAddress, "primarySmtpAddress");
        proxyAddresses = List.copyOf(proxyAddresses);
    }
}
