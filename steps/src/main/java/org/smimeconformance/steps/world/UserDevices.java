package org.smimeconformance.steps.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;

/**
 * Every device of the scenario, by the name the scenario gives it ("Alice's iPhone"): the first is
 * the scenario's {@link OutlookDevice}, the others are added with "Alice also uses Outlook on an
 * iPad" (one user's several enrollments, MAN-2, AUTO-5). Each has Outlook with every account of the
 * scenario set up, as the first device has, and is enrolled as the scenario says before Outlook on
 * it is first used.
 * One per scenario; not thread-safe.
 */
public final class UserDevices {

    private final OutlookDevice first;
    private final ImplementationUnderTest implementation;
    private final AccountProfiles accounts;
    private final EndpointManager endpointManager;
    private final Map<DeviceName, DeviceProfile> others = new LinkedHashMap<>();
    private final Map<DeviceName, OutlookApp> opened = new LinkedHashMap<>();
    private final Map<DeviceName, Set<String>> added = new LinkedHashMap<>();

    public UserDevices(OutlookDevice first, ImplementationUnderTest implementation, AccountProfiles accounts,
                       EndpointManager endpointManager) {
        this.first = first;
        this.implementation = implementation;
        this.accounts = accounts;
        this.endpointManager = endpointManager;
    }

    /** {@code person} also uses Outlook on a device of this model, not enrolled until the scenario says so. */
    public void also(String person, DeviceModel model) {
        DeviceName name = new DeviceName(person, model);
        if (isFirst(name) || others.containsKey(name)) {
            throw new IllegalArgumentException("the scenario already has " + name);
        }
        others.put(name, new DeviceProfile(name.id(), model.platform(), EnrollmentProvider.NONE, EnrollmentType.UNENROLLED));
    }

    /** The device is managed by {@code provider}, enrolled as {@code enrollment}. */
    public DeviceProfile enroll(DeviceName device, EnrollmentProvider provider, EnrollmentType enrollment) {
        if (isFirst(device)) {
            first.enroll(provider, enrollment);
            return first.profile();
        }
        DeviceProfile now = profile(device);
        if (opened.containsKey(device)) {
            throw new IllegalStateException("Outlook on " + device + " is already in use; say how it is enrolled earlier");
        }
        DeviceProfile enrolled = new DeviceProfile(device.id(), now.platform(), provider, enrollment);
        others.put(device, enrolled);
        return enrolled;
    }

    /** The device is enrolled in Endpoint Manager as {@code enrollment}, which records it for its owner's one account. */
    public void enrollInEndpointManager(DeviceName device, EnrollmentType enrollment) {
        DeviceProfile profile = enroll(device, EnrollmentProvider.ENDPOINT_MANAGER, enrollment);
        endpointManager.enroll(profile, accounts.addressOf(device.owner()));
    }

    /** An iOS or iPadOS device enrolled in Endpoint Manager; of an Android device the scenario must say how. */
    public void enrollIosDeviceInEndpointManager(DeviceName device) {
        if (platform(device) == Platform.ANDROID) {
            throw new IllegalArgumentException("say how " + device + " is enrolled, e.g. '" + device
                    + " is enrolled in Endpoint Manager as an Android Enterprise work profile'");
        }
        enrollInEndpointManager(device, EnrollmentType.IOS_DEVICE_ENROLLMENT);
    }

    /** Managed by another MDM product, which Endpoint Manager knows nothing about. */
    public void enrollInAnotherMdm(DeviceName device) {
        enroll(device, EnrollmentProvider.OTHER_MDM, platform(device) == Platform.IOS
                ? EnrollmentType.IOS_DEVICE_ENROLLMENT : EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE);
    }

    public DeviceProfile profile(DeviceName device) {
        if (isFirst(device)) {
            return first.profile();
        }
        DeviceProfile profile = others.get(device);
        if (profile == null) {
            throw new IllegalArgumentException("the scenario has no device called " + device + "; add a step such as '"
                    + device.owner() + " uses Outlook on an iPhone' or '" + device.owner() + " also uses Outlook on an iPad'");
        }
        return profile;
    }

    public Platform platform(DeviceName device) {
        return profile(device).platform();
    }

    /** Outlook on the device, to be asked something now, brought up to date as {@link OutlookDevice#ask()} says. */
    public OutlookApp ask(DeviceName device) {
        if (isFirst(device)) {
            return first.ask();
        }
        MailClient client = implementation.ask();
        OutlookApp app = opened.computeIfAbsent(device, name -> client.device(profile(name)));
        Set<String> done = added.computeIfAbsent(device, name -> new HashSet<>());
        for (String address : accounts.addresses()) {
            if (done.add(address)) {
                Outcome outcome = app.addAccount(accounts.account(address));
                if (!outcome.isSuccess()) {
                    throw new AssertionError("Outlook on " + device + " did not set up the account " + address + ": " + outcome);
                }
            }
        }
        return app;
    }

    /** Every device's name, the first one first. */
    public List<DeviceName> names() {
        List<DeviceName> names = new ArrayList<>();
        if (first.declared()) {
            names.add(first.name());
        }
        names.addAll(others.keySet());
        return names;
    }

    private boolean isFirst(DeviceName device) {
        return first.declared() && first.name().equals(device);
    }
}
