package org.smimeconformance.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

class KeyPurposesTest {

    @Test
    void a_purpose_is_named_by_its_asn1_name_without_id_kp() {
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_emailProtection)).isEqualTo("emailProtection");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_clientAuth)).isEqualTo("clientAuth");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_serverAuth)).isEqualTo("serverAuth");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_codeSigning)).isEqualTo("codeSigning");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_timeStamping)).isEqualTo("timeStamping");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_OCSPSigning)).isEqualTo("OCSPSigning");
        assertThat(KeyPurposes.name(KeyPurposeId.id_kp_scvp_responder)).isEqualTo("scvp-responder");
        assertThat(KeyPurposes.name(KeyPurposeId.anyExtendedKeyUsage)).isEqualTo("anyExtendedKeyUsage");
    }

    @Test
    void a_purpose_bouncy_castle_does_not_name_is_its_oid() {
        assertThat(KeyPurposes.name(KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"))))
                .isEqualTo("1.3.6.1.4.1.311.10.3.12");
    }
}
