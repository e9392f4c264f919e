package org.smimeconformance.steps.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smimeconformance.contract.settings.ManagedConfiguration;

class AppConfigurationJsonTest {

    @Test
    void values_keep_the_type_they_are_written_with() {
        Map<String, Object> values = AppConfigurationJson.values("""
                {
                  "com.microsoft.outlook.Mail.SMIMEEnabled": true,
                  "com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed": "FALSE",
                  "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail": 1,
                  "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail": 1.0,
                  "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName": "ldaps://ldap.contoso.com",
                  "big": 12345678901,
                  "bigger": 123456789012345678901234567890,
                  "list": [true, "x"],
                  "object": {"a": 1}
                }
                """);

        assertThat(values).containsExactly(
                Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled", Boolean.TRUE),
                Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed", "FALSE"),
                Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail", 1),
                Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail", new BigDecimal("1.0")),
                Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName", "ldaps://ldap.contoso.com"),
                Map.entry("big", 12345678901L),
                Map.entry("bigger", new BigInteger("123456789012345678901234567890")),
                Map.entry("list", List.of(true, "x")),
                Map.entry("object", Map.of("a", 1)));
    }

    @Test
    void a_policy_is_the_dictionary_with_no_designer_settings() {
        ManagedConfiguration policy = AppConfigurationJson.parse("{\"com.microsoft.outlook.Mail.SMIMEEnabled\": \"yes\"}");

        assertThat(policy.values()).containsExactly(Map.entry("com.microsoft.outlook.Mail.SMIMEEnabled", "yes"));
        assertThat(policy.deployment()).isEmpty();
        assertThat(AppConfigurationJson.parse("{}").values()).isEmpty();
    }

    @Test
    void a_policy_file_is_read_as_utf8(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("policy.json");
        Files.writeString(file, "{\"com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName\": \"ldaps://ldap.müller.example\"}");

        assertThat(AppConfigurationJson.read(file).values())
                .containsEntry("com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName", "ldaps://ldap.müller.example");
    }

    @Test
    void single_values_are_read_as_json() {
        assertThat(AppConfigurationJson.value("true")).isEqualTo(Boolean.TRUE);
        assertThat(AppConfigurationJson.value("\"TRUE\"")).isEqualTo("TRUE");
        assertThat(AppConfigurationJson.value("\"  ldap.contoso.com  \"")).isEqualTo("  ldap.contoso.com  ");
        assertThat(AppConfigurationJson.value("\"\"")).isEqualTo("");
        assertThat(AppConfigurationJson.value("0")).isEqualTo(0);
        assertThat(AppConfigurationJson.value("[true]")).isEqualTo(List.of(true));
    }

    @Test
    void what_is_not_a_policy_is_refused_with_a_reason() {
        assertThatThrownBy(() -> AppConfigurationJson.values("[1, 2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> AppConfigurationJson.values("{\"a\": true,}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> AppConfigurationJson.values("{\"a\": true, \"a\": false}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppConfigurationJson.values("{\"a\": null}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a is null");
        assertThatThrownBy(() -> AppConfigurationJson.values("{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppConfigurationJson.value("yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON value");
        assertThatThrownBy(() -> AppConfigurationJson.values("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_seven_documented_keys() {
        assertThat(ManagedSetting.KEYS).containsExactly(
                "com.microsoft.outlook.Mail.SMIMEEnabled",
                "com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed",
                "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail",
                "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail.UserChangeAllowed",
                "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail",
                "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail.UserChangeAllowed",
                "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName");
    }
}
