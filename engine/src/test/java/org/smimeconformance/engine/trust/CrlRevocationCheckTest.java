package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CRLReason;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CrlRevocationCheckTest {

    @Test
    void every_reason_is_named_as_rfc_5280_writes_it() {
        assertThat(Arrays.stream(CRLReason.values()).filter(reason -> reason != CRLReason.UNUSED)
                .map(CrlRevocationCheck::reason))
                .containsExactly("unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
                        "cessationOfOperation", "certificateHold", "removeFromCRL", "privilegeWithdrawn",
                        "aACompromise");
        assertThat(CrlRevocationCheck.reason(null)).isEqualTo("unspecified");
    }

    @Test
    void each_name_is_the_one_bouncy_castle_gives_the_reason_code() throws Exception {
        for (CRLReason reason : CRLReason.values()) {
            if (reason != CRLReason.UNUSED) {
                assertThat(org.bouncycastle.asn1.x509.CRLReason.class.getField(CrlRevocationCheck.reason(reason))
                        .getInt(null)).as(reason.name()).isEqualTo(reason.ordinal());
            }
        }
    }
}
