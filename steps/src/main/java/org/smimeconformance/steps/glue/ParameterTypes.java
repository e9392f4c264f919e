package org.smimeconformance.steps.glue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.steps.world.AppConfigurationJson;
import org.smimeconformance.steps.world.CertificateField;
import org.smimeconformance.steps.world.ComposeStart;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.DesignerSetting;
import org.smimeconformance.steps.world.DetailsField;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.EarlierChoice;
import org.smimeconformance.steps.world.KeyProblem;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.PolicyValue;
import org.smimeconformance.steps.world.Protection;
import org.smimeconformance.steps.world.ScenarioClock;
import org.smimeconformance.steps.world.ScenarioDirectories;
import org.smimeconformance.steps.world.Words;

/**
 * The domain words of the features, each a parameter type usable in any step.
 *
 * <p>A word that names one of a few values accepts exactly the labels of its table in {@link Words}
 * and looks the label up there. An annotation takes only a constant, so each such regular
 * expression is written out here, and {@code ParameterTypesTest} proves it is the one the table
 * builds. The patterns of an address, a person and a device model are written once, below. The
 * rows of the features' data tables are read here too, each into the world's type for it.
 */
public final class ParameterTypes {

    /** An email address, in Unicode letters and digits, so that internationalised addresses read as any other. */
    private static final String ADDRESS = "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+";

    /** A first name: {@code Alice}, {@code Zoë}. */
    private static final String PERSON = "\\p{Lu}\\p{Ll}+";

    /** The device models after an owner or a possessive, {@code Words.MODELS}. */
    private static final String MODEL = "iPhone|iPad|Android phone|Android tablet";

    /** A certification authority by its name in quotes: {@code "Contoso Issuing CA"}. */
    @ParameterType("\"([^\"]+)\"")
    public String ca(String name) {
        return name;
    }

    /** An email address: {@code alice@contoso.com}, also internationalised: {@code zoë@müller.contoso.com}. */
    @ParameterType(ADDRESS)
    public String address(String address) {
        return address;
    }

    /** Email addresses: {@code bob@contoso.com}, {@code bob@contoso.com and carol@contoso.com}, {@code a@x.com, b@x.com and c@x.com}. */
    @ParameterType(ADDRESS + "(?:(?:, | and )" + ADDRESS + ")*")
    public List<String> addresses(String text) {
        return Arrays.stream(text.split(", | and ")).map(String::strip).toList();
    }

    /** Whoever holds a certificate: a certification authority in quotes, or an email address. */
    @ParameterType("\"[^\"]+\"|" + ADDRESS)
    public String holder(String holder) {
        return holder.startsWith("\"") ? holder.substring(1, holder.length() - 1) : holder;
    }

    /** A person by first name: {@code Alice}, {@code Zoë}. */
    @ParameterType(PERSON)
    public String person(String name) {
        return name;
    }

    /** A certificate by the scenario's name for it, in quotes: {@code "Alice 2026"}. */
    @ParameterType("\"([^\"]+)\"")
    public String certificate(String name) {
        return name;
    }

    /** Certificates by the scenario's names for them: {@code "Alice 2026"}, {@code "Alice 2025" and "Alice 2026"}. */
    @ParameterType("\"[^\"]+\"(?:(?:, | and )\"[^\"]+\")*")
    public List<String> certificates(String text) {
        List<String> names = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(text);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return List.copyOf(names);
    }

    /** An instant in UTC, {@code 2026-06-01T09:00:00Z}, or a date, meaning its start in UTC. */
    @ParameterType("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z)?")
    public Instant instant(String text) {
        return ScenarioClock.instant(text);
    }

    /** An outcome code, e.g. {@code CRL_UNREACHABLE}. */
    @ParameterType("[A-Z][A-Z0-9_]+")
    public OutcomeCode outcome(String code) {
        return OutcomeCode.valueOf(code);
    }

    /** A number of times: {@code once}, {@code twice}, {@code 3 times}. */
    @ParameterType("once|twice|\\d+ times")
    public int times(String text) {
        return Words.TIMES.valueOf(text);
    }

    /** What the app uses a certificate for, in the article's words. */
    @ParameterType("the user's own signing certificate|the user's own encryption certificate"
            + "|a recipient's certificate|the signer of a received message|a directory lookup result")
    public CertificateUse use(String text) {
        return Words.CERTIFICATE_USES.valueOf(text);
    }

    /** How an endpoint fails to answer, or answers in a way that may still do. */
    @ParameterType("refuses connections|resets the connection halfway through its answer|resets the connection"
            + "|answers only after Outlook has given up|answers slowly but in time|redirects to itself"
            + "|answers with more than 1 MiB|labels its answer text/html|answers with something that is not HTTP"
            + "|answers 404 Not Found|answers 500 Internal Server Error|answers with something else")
    public EndpointFault fault(String text) {
        return Words.ENDPOINT_FAULTS.valueOf(text);
    }

    /** How the LDAP directory misbehaves, or answers in a way that may still do. */
    @ParameterType("demands a bind before any search|is down|answers searches only after Outlook has given up"
            + "|answers searches slowly but in time|resets every connection|is unavailable"
            + "|answers with something that is not LDAP|answers with more than 1 MiB|refers Outlook to itself")
    public LdapFault ldapFault(String text) {
        return Words.LDAP_FAULTS.valueOf(text);
    }

    /** The device Outlook is installed on. */
    @ParameterType("an iPhone|an iPad|an Android phone|an Android tablet")
    public DeviceModel device(String text) {
        return Words.DEVICES.valueOf(text);
    }

    /** A device by its owner and model: {@code Alice's iPhone}, {@code Alice's Android phone}. */
    @ParameterType("(" + PERSON + ")'s (" + MODEL + ")")
    public DeviceName namedDevice(String owner, String model) {
        return new DeviceName(owner, Words.MODELS.valueOf(model));
    }

    /** A person's own device, after the person is named: {@code her iPhone}, {@code his Android phone}. */
    @ParameterType("(?:her|his|their) (" + MODEL + ")")
    public DeviceModel ownDevice(String model) {
        return Words.MODELS.valueOf(model);
    }

    /** A certificate store of the device, in the article's words. */
    @ParameterType("the Microsoft publisher keychain|the iOS system keychain|the Android KeyStore")
    public CertificateStore store(String text) {
        return Words.STORES.valueOf(text);
    }

    /** What the user's certificate is wanted for. */
    @ParameterType("signing|encryption")
    public Purpose purpose(String text) {
        return Words.PURPOSES.valueOf(text);
    }

    /** A setting's state in the app. */
    @ParameterType("on|off")
    public Boolean onOff(String text) {
        return Words.ON_OFF.valueOf(text);
    }

    /** A choice in the Endpoint Manager designer. */
    @ParameterType("Yes|No")
    public Boolean yesNo(String text) {
        return Words.YES_NO.valueOf(text);
    }

    /** A setting of the app that the policy manages, by its name in the app. */
    @ParameterType("S/MIME|automatic encryption|automatic signing")
    public ManagedSetting appSetting(String text) {
        return Words.APP_SETTINGS.valueOf(text);
    }

    /** A setting of the Outlook S/MIME policy, by its label in the Endpoint Manager designer. */
    @ParameterType("Enable S/MIME|Encrypt all emails|Sign all emails")
    public ManagedSetting policySetting(String text) {
        return Words.POLICY_SETTINGS.valueOf(text);
    }

    /** The user's own choice for a setting before a policy arrived: none, on, or off. */
    @ParameterType("none|on|off")
    public EarlierChoice earlierChoice(String text) {
        return Words.EARLIER_CHOICES.valueOf(text);
    }

    /** A configuration key as an MDM delivers it, e.g. {@code com.microsoft.outlook.Mail.SMIMEEnabled}. */
    @ParameterType("[^\\s=\"]+")
    public String policyKey(String key) {
        return key;
    }

    /** A value written as JSON: {@code true}, {@code "TRUE"}, {@code 1}, {@code "ldaps://ldap.contoso.com"}. */
    @ParameterType(".+")
    public Object json(String text) {
        return AppConfigurationJson.value(text);
    }

    /** How a new message starts: whether it is signed and whether it is encrypted. */
    @ParameterType("signed and encrypted|signed, not encrypted|encrypted, not signed|neither signed nor encrypted")
    public ComposeStart composeStart(String text) {
        return Words.COMPOSE_STARTS.valueOf(text);
    }

    /** What the sender chose for a message: {@code a signed}, {@code an encrypted}, {@code a signed and encrypted}, {@code a plain}. */
    @ParameterType("a signed and encrypted|a signed|an encrypted|a plain")
    public Protection protection(String text) {
        return Words.PROTECTIONS.valueOf(text);
    }

    /** What a received message is, in the words of the status bar's detail. */
    @ParameterType("clear-signed|opaque-signed|signed and encrypted|encrypted|plain")
    public MessageForm form(String text) {
        return Words.MESSAGE_FORMS.valueOf(text);
    }

    /** The message the user composed: {@code the message} sent, or {@code the saved draft}. */
    @ParameterType("the message|the saved draft")
    public ComposedMessage.Action composed(String text) {
        return Words.COMPOSED.valueOf(text);
    }

    /** A directory that publishes certificates. */
    @ParameterType("the Global Address List|the LDAP directory")
    public LookupSource directory(String text) {
        return Words.DIRECTORIES.valueOf(text);
    }

    /** A form of the LDAP endpoint; the scenario's directory puts in its own host and port. */
    @ParameterType("ldap://host:port|ldaps://host:port|host:port")
    public ScenarioDirectories.EndpointForm endpointForm(String text) {
        return Words.ENDPOINT_FORMS.valueOf(text);
    }

    /** The end-user notification the user follows (POL-7). */
    @ParameterType("the Company Portal notification|the link in the Endpoint Manager email")
    public Notification notification(String text) {
        return Words.NOTIFICATIONS.valueOf(text);
    }

    /** The platform of an app configuration policy or certificate profile, as the designer names it. */
    @ParameterType("iOS/iPadOS|Android Enterprise")
    public String policyPlatform(String text) {
        return Words.POLICY_PLATFORMS.valueOf(text);
    }

    /** How an Android device is enrolled in Endpoint Manager (AUTO-3). */
    @ParameterType("a device administrator|an Android Enterprise work profile|an Android Enterprise fully managed device"
            + "|an Android Enterprise dedicated device")
    public EnrollmentType androidEnrollment(String text) {
        return Words.ANDROID_ENROLLMENTS.valueOf(text);
    }

    /** The type of a certificate profile (Android step 2). */
    @ParameterType("SCEP|PKCS imported")
    public String profileType(String text) {
        return Words.PROFILE_TYPES.valueOf(text);
    }

    /** The intended purpose of a certificate profile. */
    @ParameterType("S/MIME signing|S/MIME encryption")
    public String profilePurpose(String text) {
        return Words.PROFILE_PURPOSES.valueOf(text);
    }

    /** A row of the details view: {@code | subject | CN=Alice Smith,O=Contoso |}. */
    @DataTableType
    public DetailsField.Shown detailShown(List<String> row) {
        return DetailsField.Shown.written(row.get(0).strip(), row.get(1).strip());
    }

    /** A row of a certificate a scenario describes: {@code | SAN email address | alice@contoso.com |}. */
    @DataTableType
    public CertificateField.Value certificateField(List<String> row) {
        return CertificateField.Value.written(row.get(0).strip(), row.get(1));
    }

    /** A row of a policy as the designer shows it: {@code | Enable S/MIME | Yes |}. */
    @DataTableType
    public DesignerSetting designerSetting(List<String> row) {
        return DesignerSetting.written(row.get(0).strip(), row.get(1).strip());
    }

    /** A row of keys and JSON values: {@code | com.microsoft.outlook.Mail.SMIMEEnabled | true |}. */
    @DataTableType
    public PolicyValue policyValue(List<String> row) {
        return PolicyValue.written(row.get(0).strip(), row.get(1).strip());
    }

    /** A row of the problems of a policy: {@code | com.microsoft.outlook.Mail.SMIMEEnabled | POLICY_WRONG_TYPE |}. */
    @DataTableType
    public KeyProblem keyProblem(List<String> row) {
        return new KeyProblem(row.get(0).strip(), OutcomeCode.valueOf(row.get(1).strip()));
    }
}
