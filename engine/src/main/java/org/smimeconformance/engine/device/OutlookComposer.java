package org.smimeconformance.engine.device;

import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStores;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.mail.ComposeOptions;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Composer;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * The compose screen of Outlook on one device. What it offers (CLIENT-1, ADDR-3, CLIENT-5, POL-2,
 * POL-3): with S/MIME off for the account, neither signing nor encryption ({@code SMIME_DISABLED});
 * with it on, each when the account has a certificate for it ({@code CERT_AVAILABLE}, else
 * {@code CERT_NOT_AVAILABLE}). A new message starts signed only when signing is offered and the
 * account signs automatically; likewise for encryption. Saving and sending are not supported yet.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public final class OutlookComposer implements Composer {

    private final OutlookSettings settings;
    private final CertificateStores stores;

    public OutlookComposer(OutlookSettings settings, CertificateStores stores) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public ComposeOptions options(String primarySmtpAddress) {
        Optional<Account> account = settings.account(primarySmtpAddress);
        if (account.isEmpty()) {
            Outcome unknown = Outcome.of(OutcomeCode.UNKNOWN_ACCOUNT, "no account with the primary SMTP address '"
                    + primarySmtpAddress + "' is set up in the app");
            return new ComposeOptions(unknown, unknown, false, false);
        }
        if (!settings.smimeEnabled(primarySmtpAddress)) {
            Outcome off = Outcome.of(OutcomeCode.SMIME_DISABLED, "S/MIME is off for " + primarySmtpAddress
                    + ", so compose offers neither signing nor encryption");
            return new ComposeOptions(off, off, false, false);
        }
        Outcome sign = stores.certificateFor(account.get(), Purpose.SIGNING).outcome();
        Outcome encrypt = stores.certificateFor(account.get(), Purpose.ENCRYPTION).outcome();
        return new ComposeOptions(sign, encrypt,
                sign.isSuccess() && settings.signsAutomatically(primarySmtpAddress),
                encrypt.isSuccess() && settings.encryptsAutomatically(primarySmtpAddress));
    }

    /** @throws UnsupportedCapabilityException always: sending is not supported yet */
    @Override
    public ComposeResult save(Draft draft) {
        throw new UnsupportedCapabilityException(Capability.SEND);
    }

    /** @throws UnsupportedCapabilityException always: sending is not supported yet */
    @Override
    public ComposeResult send(Draft draft) {
        throw new UnsupportedCapabilityException(Capability.SEND);
    }
}
