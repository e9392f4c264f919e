package org.smimeconformance.contract.device;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.delivery.CertificateDelivery;
import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.mail.Composer;
import org.smimeconformance.contract.mail.MessageReader;
import org.smimeconformance.contract.settings.AppSettings;

/** Outlook for iOS or Android installed on one device. */
public interface OutlookApp {

    DeviceProfile profile();

    /** Sets up an account profile; its primary SMTP address is used for mail flow (ADDR-1). */
    Outcome addAccount(Account account);

    CertificateStores stores();

    AppSettings settings();

    CertificateLookup lookup();

    Composer composer();

    MessageReader reader();

    CertificateDelivery delivery();
}
