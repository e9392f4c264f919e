package org.smimeconformance.engine.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smimeconformance.contract.lookup.LdapEndpoint;

class LdapEndpointParserTest {

    @ParameterizedTest(name = "''{0}'' is {1}://{2}:{3}")
    @CsvSource(delimiter = '|', value = {
            // the seven forms of the article
            "ldaps://contoso.com       | ldaps | contoso.com | 636",
            "ldap://contoso.com        | ldap  | contoso.com | 389",
            "ldap://contoso.com:389    | ldap  | contoso.com | 389",
            "ldaps://contoso.com:636   | ldaps | contoso.com | 636",
            "contoso.com               | ldaps | contoso.com | 636",
            "contoso.com:389           | ldap  | contoso.com | 389",
            "contoso.com:636           | ldaps | contoso.com | 636",
            // other ports keep their scheme, a bare host with another port is ldaps
            "ldap://contoso.com:636    | ldap  | contoso.com | 636",
            "ldaps://contoso.com:389   | ldaps | contoso.com | 389",
            "ldap://contoso.com:10389  | ldap  | contoso.com | 10389",
            "contoso.com:3269          | ldaps | contoso.com | 3269",
            "contoso.com:1             | ldaps | contoso.com | 1",
            "contoso.com:65535         | ldaps | contoso.com | 65535",
            // spelling
            "'  ldaps://contoso.com  ' | ldaps | contoso.com | 636",
            "LDAPS://Directory.Contoso.COM | ldaps | directory.contoso.com | 636",
            "LDAP.CONTOSO.COM:389      | ldap  | ldap.contoso.com | 389",
            "directory                 | ldaps | directory | 636",
            "dir-1.eu.contoso.com      | ldaps | dir-1.eu.contoso.com | 636",
            "10.0.0.7:389              | ldap  | 10.0.0.7 | 389",
            "xn--mnchen-3ya.de         | ldaps | xn--mnchen-3ya.de | 636",
    })
    void acceptedForms(String value, String scheme, String host, int port) {
        assertThat(LdapEndpointParser.parse(value)).isEqualTo(new LdapEndpoint(scheme, host, port));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://contoso.com          | scheme",
            "https://contoso.com:636     | scheme",
            "ldapi://contoso.com         | scheme",
            "://contoso.com              | scheme",
            "contoso.com:0               | port",
            "contoso.com:65536           | port",
            "contoso.com:99999999999     | port",
            "contoso.com:-1              | port",
            "contoso.com:ldap            | port",
            "contoso.com:                | port",
            "ldaps://contoso.com:+636    | port",
            "ldaps://contoso.com/        | path",
            "ldaps://contoso.com/dc=contoso,dc=com | path",
            "contoso.com/                | path",
            "ldap:/contoso.com           | path",
            "ldaps://contoso.com?cn      | query",
            "ldaps://contoso.com#top     | fragment",
            "user@contoso.com            | user info",
            "ldaps://admin:secret@contoso.com | user info",
            "'ldaps://contoso .com'      | whitespace",
            "'contoso.com :389'          | whitespace",
            "[2001:db8::1]               | IPv6",
            "ldaps://[2001:db8::1]:636   | IPv6",
            "2001:db8::1                 | IPv6",
            "ldaps://                    | no host",
            ":636                        | no host",
            "contoso_dir.com             | DNS name",
            "-contoso.com                | DNS name",
            "contoso-.com                | DNS name",
            "contoso..com                | DNS name",
            "contoso.com.                | DNS name",
            "münchen.de                  | DNS name",
    })
    void refusedForms(String value, String reason) {
        assertThatThrownBy(() -> LdapEndpointParser.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void emptyOrBlankIsRefused(String value) {
        assertThatThrownBy(() -> LdapEndpointParser.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "a label of {0} characters")
    @CsvSource({"63, true", "64, false"})
    void aLabelHasAtMost63Characters(int length, boolean accepted) {
        String host = "a".repeat(length) + ".contoso.com";
        if (accepted) {
            assertThat(LdapEndpointParser.parse(host).host()).isEqualTo(host);
        } else {
            assertThatThrownBy(() -> LdapEndpointParser.parse(host)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
