package org.smimeconformance.steps.glue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.ParameterType;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.fakes.ldap.LdapFault;
import org.smimeconformance.steps.world.AppConfigurationJson;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioDirectories;

/** The domain words of the features, each a parameter type usable in any step. */
public final class ParameterTypes {

    /** A certification authority by its name in quotes: {@code "Contoso Issuing CA"}. */
    @ParameterType("\"([^\"]+)\"")
    public String ca(String name) {
        return name;
    }

    /** An email address: {@code alice@contoso.com}, also internationalised: {@code zoë@müller.contoso.com}. */
    @ParameterType("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+")
    public String address(String address) {
        return address;
    }

    /** Whoever holds a certificate: a certification authority in quotes, or an email address. */
    @ParameterType("\"[^\"]+\"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
    public String holder(String holder) {
        return holder.startsWith("\"") ? holder.substring(1, holder.length() - 1) : holder;
    }

    /** An instant in UTC, {@code 2026-06-01T09:00:00Z}, or a date, meaning its start in UTC. */
    @ParameterType("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z)?")
    public Instant instant(String text) {
        return parseInstant(text);
    }

    /** An instant as the {@code instant} parameter type reads it, for values in tables. */
    static Instant parseInstant(String text) {
        return text.length() == 10
                ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
    }

    /** An outcome code, e.g. {@code CRL_UNREACHABLE}. */
    @ParameterType("[A-Z][A-Z0-9_]+")
    public OutcomeCode outcome(String code) {
        return OutcomeCode.valueOf(code);
    }

    /** A number of times: {@code once}, {@code twice}, {@code 3 times}. */
    @ParameterType("once|twice|\\d+ times")
    public int times(String text) {
        return switch (text) {
            case "once" -> 1;
            case "twice" -> 2;
            default -> Integer.parseInt(text.substring(0, text.indexOf(' ')));
        };
    }

    /** What the app uses a certificate for, in the article's words. */
    @ParameterType("the user's own signing certificate|the user's own encryption certificate"
            + "|a recipient's certificate|the signer of a received message|a directory lookup result")
    public CertificateUse use(String text) {
        return switch (text) {
            case "the user's own signing certificate" -> CertificateUse.OWN_SIGNING;
            case "the user's own encryption certificate" -> CertificateUse.OWN_ENCRYPTION;
            case "a recipient's certificate" -> CertificateUse.RECIPIENT;
            case "the signer of a received message" -> CertificateUse.SENDER;
            default -> CertificateUse.DIRECTORY_RESULT;
        };
    }

    /** How an endpoint fails to answer, or answers in a way that may still do. */
    @ParameterType("refuses connections|resets the connection halfway through its answer|resets the connection"
            + "|answers only after Outlook has given up|answers slowly but in time|redirects to itself"
            + "|answers with more than 1 MiB|labels its answer text/html|answers with something that is not HTTP"
            + "|answers 404 Not Found|answers 500 Internal Server Error|answers with something else")
    public EndpointFault fault(String text) {
        return switch (text) {
            case "refuses connections" -> EndpointFault.CONNECTION_REFUSED;
            case "resets the connection" -> EndpointFault.CONNECTION_RESET;
            case "resets the connection halfway through its answer" -> EndpointFault.CONNECTION_RESET_MID_ANSWER;
            case "answers only after Outlook has given up" -> EndpointFault.TIMEOUT;
            case "answers slowly but in time" -> EndpointFault.SLOW_BUT_IN_TIME;
            case "redirects to itself" -> EndpointFault.REDIRECT_LOOP;
            case "answers with more than 1 MiB" -> EndpointFault.HUGE_ANSWER;
            case "labels its answer text/html" -> EndpointFault.WRONG_CONTENT_TYPE;
            case "answers with something that is not HTTP" -> EndpointFault.NOT_HTTP;
            case "answers 404 Not Found" -> EndpointFault.NOT_FOUND;
            case "answers 500 Internal Server Error" -> EndpointFault.SERVER_ERROR;
            default -> EndpointFault.GARBAGE;
        };
    }

    /** A person by first name: {@code Alice}, {@code Zoë}. */
    @ParameterType("\\p{Lu}\\p{Ll}+")
    public String person(String name) {
        return name;
    }

    /** A certificate by the scenario's name for it, in quotes: {@code "Alice 2026"}. */
    @ParameterType("\"([^\"]+)\"")
    public String certificate(String name) {
        return name;
    }

    /** The device Outlook is installed on. */
    @ParameterType("an iPhone|an iPad|an Android phone|an Android tablet")
    public OutlookDevice.Model device(String text) {
        String name = text.substring(text.indexOf(' ') + 1);
        return new OutlookDevice.Model(name, name.startsWith("Android") ? Platform.ANDROID : Platform.IOS);
    }

    /** A certificate store of the device, in the article's words. */
    @ParameterType("the Microsoft publisher keychain|the iOS system keychain|the Android KeyStore")
    public CertificateStore store(String text) {
        return switch (text) {
            case "the Microsoft publisher keychain" -> CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN;
            case "the iOS system keychain" -> CertificateStore.IOS_SYSTEM_KEYCHAIN;
            default -> CertificateStore.ANDROID_KEYSTORE;
        };
    }

    /** What the user's certificate is wanted for. */
    @ParameterType("signing|encryption")
    public Purpose purpose(String text) {
        return text.equals("signing") ? Purpose.SIGNING : Purpose.ENCRYPTION;
    }

    /** A setting's state in the app. */
    @ParameterType("on|off")
    public Boolean onOff(String text) {
        return text.equals("on");
    }

    /** A choice in the Endpoint Manager designer. */
    @ParameterType("Yes|No")
    public Boolean yesNo(String text) {
        return text.equals("Yes");
    }

    /** A setting of the app that the policy manages, by its name in the app. */
    @ParameterType("S/MIME|automatic signing|automatic encryption")
    public ManagedSetting appSetting(String text) {
        return ManagedSetting.byAppLabel(text);
    }

    /** A setting of the Outlook S/MIME policy, by its label in the Endpoint Manager designer. */
    @ParameterType("Enable S/MIME|Encrypt all emails|Sign all emails")
    public ManagedSetting policySetting(String text) {
        return ManagedSetting.byDesignerLabel(text);
    }

    /** The user's own choice for a setting before a policy arrived: none, on, or off. */
    @ParameterType("none|on|off")
    public Optional<Boolean> earlierChoice(String text) {
        return text.equals("none") ? Optional.empty() : Optional.of(text.equals("on"));
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
        return switch (text) {
            case "signed and encrypted" -> new ComposeStart(true, true);
            case "signed, not encrypted" -> new ComposeStart(true, false);
            case "encrypted, not signed" -> new ComposeStart(false, true);
            default -> new ComposeStart(false, false);
        };
    }

    /** Whether a new message starts signed and whether it starts encrypted. */
    public record ComposeStart(boolean signed, boolean encrypted) {
    }

    /** What the sender chose for a message: {@code a signed}, {@code an encrypted}, {@code a signed and encrypted}, {@code a plain}. */
    @ParameterType("a signed and encrypted|a signed|an encrypted|a plain")
    public Protection protection(String text) {
        return switch (text) {
            case "a signed and encrypted" -> new Protection(true, true);
            case "a signed" -> new Protection(true, false);
            case "an encrypted" -> new Protection(false, true);
            default -> new Protection(false, false);
        };
    }

    /** Whether a message is to be signed and whether it is to be encrypted. */
    public record Protection(boolean sign, boolean encrypt) {
    }

    /** Email addresses: {@code bob@contoso.com}, {@code bob@contoso.com and carol@contoso.com}, {@code a@x.com, b@x.com and c@x.com}. */
    @ParameterType("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+(?:(?:, | and )[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+)*")
    public List<String> addresses(String text) {
        return Arrays.stream(text.split(", | and ")).map(String::strip).toList();
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

    /** What a received message is, in the words of the status bar's detail. */
    @ParameterType("clear-signed|opaque-signed|signed and encrypted|encrypted|plain")
    public MessageForm form(String text) {
        return switch (text) {
            case "clear-signed" -> MessageForm.CLEAR_SIGNED;
            case "opaque-signed" -> MessageForm.OPAQUE_SIGNED;
            case "signed and encrypted" -> MessageForm.SIGNED_AND_ENCRYPTED;
            case "encrypted" -> MessageForm.ENCRYPTED;
            default -> MessageForm.PLAIN;
        };
    }

    /** The message the user composed: {@code the message} sent, or {@code the saved draft}. */
    @ParameterType("the message|the saved draft")
    public ComposedMessage.Action composed(String text) {
        return text.equals("the message") ? ComposedMessage.Action.SEND : ComposedMessage.Action.SAVE;
    }

    /** A directory that publishes certificates. */
    @ParameterType("the Global Address List|the LDAP directory")
    public LookupSource directory(String text) {
        return text.equals("the Global Address List") ? LookupSource.GLOBAL_ADDRESS_LIST : LookupSource.LDAP;
    }

    /** How the LDAP directory misbehaves, or answers in a way that may still do. */
    @ParameterType("demands a bind before any search|is down|answers searches only after Outlook has given up"
            + "|answers searches slowly but in time|resets every connection|is unavailable"
            + "|answers with something that is not LDAP|answers with more than 1 MiB|refers Outlook to itself")
    public LdapFault ldapFault(String text) {
        return switch (text) {
            case "demands a bind before any search" -> LdapFault.BIND_REQUIRED;
            case "is down" -> LdapFault.CONNECTION_REFUSED;
            case "answers searches only after Outlook has given up" -> LdapFault.TIMEOUT;
            case "answers searches slowly but in time" -> LdapFault.SLOW_BUT_IN_TIME;
            case "resets every connection" -> LdapFault.CONNECTION_RESET;
            case "answers with something that is not LDAP" -> LdapFault.NOT_LDAP;
            case "answers with more than 1 MiB" -> LdapFault.HUGE_ANSWER;
            case "refers Outlook to itself" -> LdapFault.REFERRAL_LOOP;
            default -> LdapFault.UNAVAILABLE;
        };
    }

    /** A form of the LDAP endpoint; the scenario's directory puts in its own host and port. */
    @ParameterType("ldap://host:port|ldaps://host:port|host:port")
    public ScenarioDirectories.EndpointForm endpointForm(String text) {
        return switch (text) {
            case "ldap://host:port" -> ScenarioDirectories.EndpointForm.LDAP_URL;
            case "ldaps://host:port" -> ScenarioDirectories.EndpointForm.LDAPS_URL;
            default -> ScenarioDirectories.EndpointForm.HOST_AND_LDAPS_PORT;
        };
    }
}
