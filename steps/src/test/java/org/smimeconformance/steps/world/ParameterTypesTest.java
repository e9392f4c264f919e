package org.smimeconformance.steps.world;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.cucumber.java.ParameterType;
import org.junit.jupiter.api.Test;
import org.smimeconformance.steps.glue.ParameterTypes;

/**
 * The parameter types of the glue accept exactly the labels of the tables in {@link Words}: an
 * annotation takes only a constant, so each regular expression is written out in the glue, and this
 * proves it is the one its table builds.
 */
class ParameterTypesTest {

    /** Every parameter type that names one of a few values, with its table. */
    private static final Map<String, Wording<?>> TABLES = Map.ofEntries(
            entry("times", Words.TIMES),
            entry("use", Words.CERTIFICATE_USES),
            entry("fault", Words.ENDPOINT_FAULTS),
            entry("ldapFault", Words.LDAP_FAULTS),
            entry("device", Words.DEVICES),
            entry("store", Words.STORES),
            entry("purpose", Words.PURPOSES),
            entry("onOff", Words.ON_OFF),
            entry("yesNo", Words.YES_NO),
            entry("appSetting", Words.APP_SETTINGS),
            entry("policySetting", Words.POLICY_SETTINGS),
            entry("earlierChoice", Words.EARLIER_CHOICES),
            entry("composeStart", Words.COMPOSE_STARTS),
            entry("protection", Words.PROTECTIONS),
            entry("form", Words.MESSAGE_FORMS),
            entry("composed", Words.COMPOSED),
            entry("directory", Words.DIRECTORIES),
            entry("endpointForm", Words.ENDPOINT_FORMS),
            entry("notification", Words.NOTIFICATIONS),
            entry("policyPlatform", Words.POLICY_PLATFORMS),
            entry("androidEnrollment", Words.ANDROID_ENROLLMENTS),
            entry("profileType", Words.PROFILE_TYPES),
            entry("profilePurpose", Words.PROFILE_PURPOSES));

    /** Those whose words are the device models, after an owner or a possessive. */
    private static final List<String> MODEL_TYPES = List.of("namedDevice", "ownDevice");

    private final ParameterTypes glue = new ParameterTypes();

    @Test
    void each_worded_parameter_type_accepts_exactly_the_labels_of_its_table() {
        TABLES.forEach((name, wording) ->
                assertThat(regexOf(name)).as("the regular expression of {%s}", name).isEqualTo(wording.regex()));
    }

    @Test
    void each_label_is_read_as_the_value_its_table_gives_it() throws Exception {
        for (Map.Entry<String, Wording<?>> table : TABLES.entrySet()) {
            Method transformer = ParameterTypes.class.getMethod(table.getKey(), String.class);
            for (String label : table.getValue().labels()) {
                assertThat(transformer.invoke(glue, label)).as("{%s} %s", table.getKey(), label)
                        .isEqualTo(table.getValue().valueOf(label));
            }
        }
        assertThat(glue.times("3 times")).as("{times} 3 times").isEqualTo(3);
    }

    /** A type that lists plain words among its alternatives (as `smime-conformance steps` shows them) has a table. */
    @Test
    void every_parameter_type_that_lists_words_has_a_table() {
        for (Method method : parameterTypes()) {
            String regex = method.getAnnotation(ParameterType.class).value();
            boolean listsWords = regex.contains("|")
                    && Arrays.stream(regex.split("\\|")).anyMatch(part -> part.matches("[A-Za-z0-9 '#/.,:-]+"));
            if (listsWords) {
                assertThat(TABLES.containsKey(method.getName()) || MODEL_TYPES.contains(method.getName()))
                        .as("{%s} /%s/ has a table in Words", method.getName(), regex).isTrue();
            }
        }
    }

    @Test
    void the_device_models_are_written_as_device_model_names_them() {
        String models = Words.MODELS.regex();
        assertThat(regexOf("namedDevice")).isEqualTo("(" + regexOf("person") + ")'s (" + models + ")");
        assertThat(regexOf("ownDevice")).isEqualTo("(?:her|his|their) (" + models + ")");
        assertThat(glue.namedDevice("Zoë", "Android tablet")).isEqualTo(new DeviceName("Zoë", DeviceModel.ANDROID_TABLET));
        assertThat(glue.namedDevice("Alice", "iPhone").id()).isEqualTo("Alice's iPhone");
    }

    /** One address pattern, in Unicode letters, for an address, a list of them and a holder of a certificate. */
    @Test
    void an_address_is_written_the_same_way_wherever_it_stands() {
        String address = regexOf("address");
        assertThat(regexOf("holder")).isEqualTo("\"[^\"]+\"|" + address);
        assertThat(regexOf("addresses")).isEqualTo(address + "(?:(?:, | and )" + address + ")*");
        for (String written : List.of("alice@contoso.com", "zoë@müller.contoso.com", "a.smith+s/mime@contoso.com")) {
            assertThat(Pattern.matches(regexOf("holder"), written)).as("{holder} %s", written)
                    .isEqualTo(Pattern.matches(address, written));
        }
        assertThat(glue.holder("zoë@müller.contoso.com")).isEqualTo("zoë@müller.contoso.com");
        assertThat(glue.holder("\"Contoso Issuing CA\"")).isEqualTo("Contoso Issuing CA");
    }

    @Test
    void a_wording_escapes_what_a_regular_expression_would_read_as_syntax() {
        Wording<Integer> wording = Wording.<Integer>of("a test").and("a (b)", 1).and("c.d|e", 2);
        assertThat(wording.regex()).isEqualTo("a \\(b\\)|c\\.d\\|e");
        assertThat(Pattern.matches(wording.regex(), "c.d|e")).isTrue();
        assertThat(Pattern.matches(wording.regex(), "cxd")).isFalse();
    }

    private static String regexOf(String name) {
        return parameterTypes().stream().filter(method -> method.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter type {" + name + "}"))
                .getAnnotation(ParameterType.class).value();
    }

    private static List<Method> parameterTypes() {
        return Arrays.stream(ParameterTypes.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(ParameterType.class)).toList();
    }
}
