package org.smimeconformance.steps.world;

import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;
import org.smimeconformance.fakes.intune.CertificateProfile;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.fakes.pki.KeyAlgorithm;

/**
 * The words of the features for the values they name, one ordered table per type: the labels of
 * the suite's own enums are declared on the enums and listed here in their order; the labels of
 * values the contract and the fakes define (which know nothing of the features) are declared here
 * once. The parameter types of the glue accept exactly these labels and look them up here.
 */
public final class Words {

    /** A number of times: {@code once}, {@code twice}, {@code 3 times}. */
    public static final Wording<Integer> TIMES = Wording.<Integer>of("a number of times")
            .and("once", 1)
            .and("twice", 2)
            .orMatching("\\d+ times", text -> Integer.parseInt(text.substring(0, text.indexOf(' '))));

    /** What the app uses a certificate for, in the article's words. */
    public static final Wording<CertificateUse> CERTIFICATE_USES = Wording.<CertificateUse>of("a use of a certificate")
            .and("the user's own signing certificate", CertificateUse.OWN_SIGNING)
            .and("the user's own encryption certificate", CertificateUse.OWN_ENCRYPTION)
            .and("a recipient's certificate", CertificateUse.RECIPIENT)
            .and("the signer of a received message", CertificateUse.SENDER)
            .and("a directory lookup result", CertificateUse.DIRECTORY_RESULT);

    /** How an HTTP endpoint fails to answer, or answers in a way that may still do. */
    public static final Wording<EndpointFault> ENDPOINT_FAULTS = Wording.<EndpointFault>of("a way an endpoint misbehaves")
            .and("refuses connections", EndpointFault.CONNECTION_REFUSED)
            .and("resets the connection halfway through its answer", EndpointFault.CONNECTION_RESET_MID_ANSWER)
            .and("resets the connection", EndpointFault.CONNECTION_RESET)
            .and("answers only after Outlook has given up", EndpointFault.TIMEOUT)
            .and("answers slowly but in time", EndpointFault.SLOW_BUT_IN_TIME)
            .and("redirects to itself", EndpointFault.REDIRECT_LOOP)
            .and("answers with more than 1 MiB", EndpointFault.HUGE_ANSWER)
            .and("labels its answer text/html", EndpointFault.WRONG_CONTENT_TYPE)
            .and("answers with something that is not HTTP", EndpointFault.NOT_HTTP)
            .and("answers 404 Not Found", EndpointFault.NOT_FOUND)
            .and("answers 500 Internal Server Error", EndpointFault.SERVER_ERROR)
            .and("answers with something else", EndpointFault.GARBAGE);

    /** How the LDAP directory misbehaves, or answers in a way that may still do. */
    public static final Wording<LdapFault> LDAP_FAULTS = Wording.<LdapFault>of("a way the LDAP directory misbehaves")
            .and("demands a bind before any search", LdapFault.BIND_REQUIRED)
            .and("is down", LdapFault.CONNECTION_REFUSED)
            .and("answers searches only after Outlook has given up", LdapFault.TIMEOUT)
            .and("answers searches slowly but in time", LdapFault.SLOW_BUT_IN_TIME)
            .and("resets every connection", LdapFault.CONNECTION_RESET)
            .and("is unavailable", LdapFault.UNAVAILABLE)
            .and("answers with something that is not LDAP", LdapFault.NOT_LDAP)
            .and("answers with more than 1 MiB", LdapFault.HUGE_ANSWER)
            .and("refers Outlook to itself", LdapFault.REFERRAL_LOOP);

    /** The device Outlook is installed on, with its article: "an iPhone". */
    public static final Wording<DeviceModel> DEVICES = Wording.of("a device", DeviceModel.values(), DeviceModel::label);

    /** The model of a device after its owner: the "iPhone" of "Alice's iPhone". */
    public static final Wording<DeviceModel> MODELS = Wording.of("a device model", DeviceModel.values(),
            DeviceModel::modelName);

    /** A certificate store of the device, in the article's words. */
    public static final Wording<CertificateStore> STORES = Wording.<CertificateStore>of("a certificate store")
            .and("the Microsoft publisher keychain", CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN)
            .and("the iOS system keychain", CertificateStore.IOS_SYSTEM_KEYCHAIN)
            .and("the Android KeyStore", CertificateStore.ANDROID_KEYSTORE);

    /** What the user's certificate is wanted for. */
    public static final Wording<Purpose> PURPOSES = Wording.<Purpose>of("a purpose of the user's certificate")
            .and("signing", Purpose.SIGNING)
            .and("encryption", Purpose.ENCRYPTION);

    /** A setting's state in the app. */
    public static final Wording<Boolean> ON_OFF = Wording.<Boolean>of("on or off").and("on", true).and("off", false);

    /** A choice in the Endpoint Manager designer. */
    public static final Wording<Boolean> YES_NO = Wording.<Boolean>of("Yes or No").and("Yes", true).and("No", false);

    /** A setting of the app that the policy manages, by its name in the app. */
    public static final Wording<ManagedSetting> APP_SETTINGS = Wording.of("an S/MIME setting of the app",
            ManagedSetting.values(), ManagedSetting::appLabel);

    /** A setting of the Outlook S/MIME policy, by its label in the Endpoint Manager designer. */
    public static final Wording<ManagedSetting> POLICY_SETTINGS = Wording.of("a setting of the Outlook S/MIME policy",
            ManagedSetting.values(), ManagedSetting::designerLabel);

    /** The user's own choice for a setting before a policy arrived. */
    public static final Wording<EarlierChoice> EARLIER_CHOICES = Wording.of("an earlier choice of the user",
            EarlierChoice.values(), EarlierChoice::label);

    /** How a new message starts. */
    public static final Wording<ComposeStart> COMPOSE_STARTS = Wording.of("how a new message starts",
            ComposeStart.values(), ComposeStart::label);

    /** What the sender chose for a message. */
    public static final Wording<Protection> PROTECTIONS = Wording.of("a protection of a message",
            Protection.values(), Protection::label);

    /** The message the user composed: the one sent, or the saved draft. */
    public static final Wording<ComposedMessage.Action> COMPOSED = Wording.of("a composed message",
            ComposedMessage.Action.values(), ComposedMessage.Action::label);

    /** What a received message is, in the words of the status bar's detail. */
    public static final Wording<MessageForm> MESSAGE_FORMS = Wording.<MessageForm>of("a form of a message")
            .and("clear-signed", MessageForm.CLEAR_SIGNED)
            .and("opaque-signed", MessageForm.OPAQUE_SIGNED)
            .and("signed and encrypted", MessageForm.SIGNED_AND_ENCRYPTED)
            .and("encrypted", MessageForm.ENCRYPTED)
            .and("plain", MessageForm.PLAIN);

    /** A directory that publishes certificates. */
    public static final Wording<LookupSource> DIRECTORIES = Wording.<LookupSource>of("a directory")
            .and("the Global Address List", LookupSource.GLOBAL_ADDRESS_LIST)
            .and("the LDAP directory", LookupSource.LDAP);

    /** A form of the LDAP endpoint, for the scenario's directory to put its own host and port in. */
    public static final Wording<ScenarioDirectories.EndpointForm> ENDPOINT_FORMS = Wording.of("a form of the LDAP endpoint",
            ScenarioDirectories.EndpointForm.values(), ScenarioDirectories.EndpointForm::label);

    /** The end-user notification the user follows (POL-7). */
    public static final Wording<Notification> NOTIFICATIONS = Wording.<Notification>of("an end-user notification")
            .and("the Company Portal notification", Notification.COMPANY_PORTAL)
            .and("the link in the Endpoint Manager email", Notification.EMAIL);

    /** The platform of an app configuration policy or a certificate profile, as the designer names it. */
    public static final Wording<String> POLICY_PLATFORMS = Wording.<String>of("a platform of the designer")
            .and("iOS/iPadOS", AppConfigurationPolicy.IOS)
            .and("Android Enterprise", AppConfigurationPolicy.ANDROID_ENTERPRISE);

    /** How an Android device is enrolled in Endpoint Manager (AUTO-3). */
    public static final Wording<EnrollmentType> ANDROID_ENROLLMENTS = Wording.<EnrollmentType>of("an Android enrollment")
            .and("a device administrator", EnrollmentType.ANDROID_DEVICE_ADMINISTRATOR)
            .and("an Android Enterprise work profile", EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE)
            .and("an Android Enterprise fully managed device", EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED)
            .and("an Android Enterprise dedicated device", EnrollmentType.ANDROID_ENTERPRISE_DEDICATED);

    /** The type of a certificate profile (Android step 2). */
    public static final Wording<String> PROFILE_TYPES = Wording.<String>of("a type of certificate profile")
            .and("SCEP", CertificateProfile.SCEP)
            .and("PKCS imported", CertificateProfile.PKCS_IMPORTED);

    /** The intended purpose of a certificate profile. */
    public static final Wording<String> PROFILE_PURPOSES = Wording.<String>of("a purpose of a certificate profile")
            .and("S/MIME signing", CertificateProfile.SMIME_SIGNING)
            .and("S/MIME encryption", CertificateProfile.SMIME_ENCRYPTION);

    /** The key of a certificate a scenario describes. */
    public static final Wording<KeyAlgorithm> KEY_ALGORITHMS = Wording.<KeyAlgorithm>of("a key")
            .and("RSA 2048", KeyAlgorithm.RSA_2048)
            .and("EC P-256", KeyAlgorithm.EC_P256);

    /** A field of the details view of an installed certificate. */
    public static final Wording<DetailsField> DETAILS_FIELDS = Wording.of("a field of the details view",
            DetailsField.values(), DetailsField::label);

    /** A field of a user's certificate, as a scenario describes it. */
    public static final Wording<CertificateField> CERTIFICATE_FIELDS = Wording.of("a field of a certificate",
            CertificateField.values(), CertificateField::label);

    /** An extended key usage by its RFC 5280 name. */
    public static final Wording<ExtendedKeyUsage> EXTENDED_KEY_USAGES = Wording.of("an extended key usage name of RFC 5280",
            ExtendedKeyUsage.values(), ExtendedKeyUsage::rfcName);

    private Words() {
    }
}
