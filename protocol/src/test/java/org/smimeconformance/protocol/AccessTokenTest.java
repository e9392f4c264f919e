package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token: made of 256 random bits, given in a form a bearer token can have, compared whole, never shown. */
class AccessTokenTest {

    @AfterEach
    void forget() {
        System.clearProperty(AccessToken.SYSTEM_PROPERTY);
    }

    @Test
    void a_made_token_is_43_characters_of_base64url_and_never_the_same() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            made.add(AccessToken.generate().value());
        }

        assertThat(made).hasSize(200).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void only_the_token_itself_is_admitted_not_one_of_its_length_nor_a_part_of_it() {
        AccessToken token = AccessToken.of("0123456789abcdef0123456789abcdef");

        assertThat(token.admits("0123456789abcdef0123456789abcdef")).isTrue();
        assertThat(token.admits("0123456789abcdef0123456789abcdeF")).as("same length, one character off").isFalse();
        assertThat(token.admits("0123456789abcdef0123456789abcde")).isFalse();
        assertThat(token.admits("0123456789abcdef0123456789abcdef0")).isFalse();
        assertThat(token.admits("")).isFalse();
        assertThat(token.admits(null)).isFalse();
    }

    @Test
    void a_given_token_is_long_enough_and_fits_in_a_header() {
        assertThatThrownBy(() -> AccessToken.of("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 to 512 characters");
        assertThatThrownBy(() -> AccessToken.of("0123456789abcdef0123456789abcdef\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bearer token");
        assertThatThrownBy(() -> AccessToken.of("0123456789abcdef 0123456789abcdef")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccessToken.of("abcdefghijklmnopqrstuvwxyz012345+/._~-==").value()).endsWith("==");
    }

    @Test
    void it_is_never_shown_and_the_system_property_comes_before_the_environment() {
        AccessToken token = AccessToken.generate();
        System.setProperty(AccessToken.SYSTEM_PROPERTY, "  " + token.value() + "\n");

        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(AccessToken.fromEnvironment()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo(token.value()));
        System.setProperty(AccessToken.SYSTEM_PROPERTY, "too short");
        assertThatThrownBy(AccessToken::fromEnvironment).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AccessToken.SYSTEM_PROPERTY).hasMessageNotContaining("too short");
    }
}
