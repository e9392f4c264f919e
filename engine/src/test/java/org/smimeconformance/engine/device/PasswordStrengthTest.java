package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

    @ParameterizedTest
    @ValueSource(strings = {"C0ntoso-S/MIME-2026!", "c0rrect-Horse-battery", "Ab1!Ab1!Ab1!", "Alice Smith 2026", "~Tilde 2026~"})
    void twelveCharactersWithUpperLowerDigitAndSymbolAreStrong(String password) {
        assertThat(PasswordStrength.weakness(password.toCharArray())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1!Ab1!Ab1", "correct-horse-battery-2026", "CORRECT-HORSE-2026", "Correct-Horse-Battery",
            "CorrectHorse2026", "password", "1234567890123"})
    void anythingShorterOrWithoutOneOfTheFourKindsIsWeak(String password) {
        assertThat(PasswordStrength.weakness(password.toCharArray())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë-Müller-2026!", "Tab\tCharacter-2026"})
    void aCharacterThatIsNotPrintableAsciiIsRefused(String password) {
        assertThat(PasswordStrength.weakness(password.toCharArray())).hasValueSatisfying(weakness ->
                assertThat(weakness).contains("not printable ASCII"));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void noPasswordIsWeak(String password) {
        assertThat(PasswordStrength.weakness(password.toCharArray())).contains("there is no password");
        assertThat(PasswordStrength.weakness(null)).contains("there is no password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short"})
    void theWeaknessSaysWhatIsMissing(String password) {
        assertThat(PasswordStrength.weakness(password.toCharArray())).hasValueSatisfying(weakness -> assertThat(weakness)
                .contains("at least 12 characters (it has 5)", "an upper-case letter", "a digit", "a symbol")
                .doesNotContain("lower-case"));
    }
}
