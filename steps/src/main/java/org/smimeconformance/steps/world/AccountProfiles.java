package org.smimeconformance.steps.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smimeconformance.contract.device.Account;

/**
 * The account profiles a scenario sets up in Outlook: whose they are, their primary SMTP address
 * and the proxy addresses (aliases) of the mailbox behind them. Accounts are named by their primary
 * SMTP address exactly as the scenario types it. One per scenario; not thread-safe.
 */
public final class AccountProfiles {

    private static final class Profile {
        final String person;
        final String primarySmtpAddress;
        final List<String> proxyAddresses = new ArrayList<>();
        boolean inUse;

        Profile(String person, String primarySmtpAddress) {
            this.person = person;
            this.primarySmtpAddress = primarySmtpAddress;
        }
    }

    private final Map<String, Profile> byAddress = new LinkedHashMap<>();

    /** An account profile of {@code person} with this primary SMTP address. */
    public void declare(String person, String primarySmtpAddress) {
        if (byAddress.putIfAbsent(primarySmtpAddress, new Profile(person, primarySmtpAddress)) != null) {
            throw new IllegalArgumentException("the account " + primarySmtpAddress + " is declared twice");
        }
    }

    /** The mailbox behind the account also receives mail for {@code proxy}. */
    public void addProxy(String primarySmtpAddress, String proxy) {
        Profile profile = profile(primarySmtpAddress);
        if (profile.inUse) {
            throw new IllegalStateException("the account " + primarySmtpAddress
                    + " is already set up in Outlook; declare its proxy addresses earlier");
        }
        profile.proxyAddresses.add(proxy);
    }

    /** The account as Outlook is given it; from now on it can no longer change. */
    public Account account(String primarySmtpAddress) {
        Profile profile = profile(primarySmtpAddress);
        profile.inUse = true;
        return new Account(profile.primarySmtpAddress, profile.proxyAddresses);
    }

    /** The primary SMTP address of the person's one account. */
    public String addressOf(String person) {
        List<String> addresses = byAddress.values().stream()
                .filter(profile -> profile.person.equals(person))
                .map(profile -> profile.primarySmtpAddress)
                .toList();
        if (addresses.size() != 1) {
            throw new IllegalArgumentException(person + " has " + addresses.size()
                    + " account profiles in this scenario " + addresses + "; name the account by its address");
        }
        return addresses.get(0);
    }

    /** Every account's primary SMTP address, in the order the scenario declared them. */
    public List<String> addresses() {
        return List.copyOf(byAddress.keySet());
    }

    private Profile profile(String primarySmtpAddress) {
        Profile profile = byAddress.get(primarySmtpAddress);
        if (profile == null) {
            throw new IllegalArgumentException("the scenario never sets up an account with the primary SMTP address "
                    + primarySmtpAddress);
        }
        return profile;
    }
}
