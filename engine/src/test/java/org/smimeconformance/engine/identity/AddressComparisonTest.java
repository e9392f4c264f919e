package org.smimeconformance.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressComparisonTest {

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "alice@contoso.com          | alice@contoso.com",
            "Alice@Contoso.COM          | alice@contoso.com",
            "ALICE@CONTOSO.COM          | alice@Contoso.com",
            "'  alice@contoso.com\t'    | alice@contoso.com",
            "jürgen@bücher.example      | JÜRGEN@BÜCHER.EXAMPLE",
            "jürgen@bücher.example      | jürgen@xn--bcher-kva.example",
            "jürgen@XN--BCHER-KVA.example | Jürgen@Bücher.Example",
            "用户@例子.广告               | 用户@xn--fsqu00a.xn--4rr70v",
    })
    void theSameAddress(String one, String other) {
        assertThat(AddressComparison.same(one, other)).isTrue();
        assertThat(AddressComparison.same(other, one)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' is not ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "alice@contoso.com    | bob@contoso.com",
            "alice@contoso.com    | alice@fabrikam.com",
            "alice@contoso.com    | alice@contoso.com.evil.example",
            "alice@contoso.com    | 'ali ce@contoso.com'",
            "alice@contoso.com    | 'alice@contoso .com'",
            "alice@contoso.com    | alice.smith@contoso.com",
            "jürgen@bücher.example | jurgen@bucher.example",
    })
    void differentAddresses(String one, String other) {
        assertThat(AddressComparison.same(one, other)).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' is no address")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "alice", "@contoso.com", "alice@", "ali ce@contoso.com", "alice@contoso.com\u00a0x"})
    void whatIsNoAddressMatchesNothingNotEvenItself(String value) {
        assertThat(AddressComparison.canonical(value)).isEmpty();
        assertThat(AddressComparison.same(value, value)).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' compares as ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "' Alice@Contoso.com '     | alice@contoso.com",
            "Jürgen@Bücher.example     | jürgen@xn--bcher-kva.example",
            "\"a@b\"@contoso.com        | \"a@b\"@contoso.com",
    })
    void theCanonicalFormIsLowerCaseWithAnALabelDomain(String value, String canonical) {
        assertThat(AddressComparison.canonical(value)).contains(canonical);
    }
}
