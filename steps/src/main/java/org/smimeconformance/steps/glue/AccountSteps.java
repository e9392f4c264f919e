package org.smimeconformance.steps.glue;

import io.cucumber.java.en.Given;
import org.smimeconformance.steps.world.AccountProfiles;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.OutlookDevice;

/** Account profiles and the device Outlook runs on. */
public final class AccountSteps {

    private final AccountProfiles accounts;
    private final OutlookDevice device;

    public AccountSteps(AccountProfiles accounts, OutlookDevice device) {
        this.accounts = accounts;
        this.device = device;
    }

    @Given("{person}'s account profile has the primary SMTP address {address}")
    public void account(String person, String address) {
        accounts.declare(person, address);
    }

    @Given("the mailbox of {address} also has the proxy address {address}")
    public void proxy(String primary, String proxy) {
        accounts.addProxy(primary, proxy);
    }

    @Given("{person} uses Outlook on {device}")
    public void uses(String person, DeviceModel model) {
        device.uses(person, model);
    }
}
