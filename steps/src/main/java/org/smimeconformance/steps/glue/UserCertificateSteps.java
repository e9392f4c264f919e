package org.smimeconformance.steps.glue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.steps.world.CertificateShape;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioClock;
import org.smimeconformance.steps.world.ScenarioPki;

/** The user's own certificates: what a CA issued, and how they reached the device. */
public final class UserCertificateSteps {

    private final ScenarioPki pki;
    private final OutlookDevice device;

    public UserCertificateSteps(ScenarioPki pki, OutlookDevice device) {
        this.pki = pki;
        this.device = device;
    }

    @Given("{ca} issued the certificate {certificate} for {address}")
    public void issuedFor(String ca, String certificate, String address) {
        pki.certificate(certificate, ca, CertificateShape.forAddress(address));
    }

    /**
     * A certificate described field by field, one row each; the address rows may repeat. Values in
     * double quotes are taken as written, spaces included.
     */
    @Given("{ca} issued the certificate {certificate} with:")
    public void issuedWith(String ca, String certificate, DataTable fields) {
        CertificateShape shape = new CertificateShape();
        for (List<String> row : fields.asLists()) {
            describe(shape, row.get(0).strip(), unquote(row.get(1)));
        }
        pki.certificate(certificate, ca, shape);
    }

    @Given("{person} installed the certificate {certificate} with its private key")
    public void installed(String person, String certificate) {
        requireSuccess(device.installWithPrivateKey(certificate, device.outlooksStore()), certificate);
    }

    @Given("the certificate {certificate} with its private key is in {store}")
    public void inStore(String certificate, CertificateStore store) {
        requireSuccess(device.installWithPrivateKey(certificate, store), certificate);
    }

    @Given("the certificate {certificate} is in {store} without its private key")
    public void publicOnly(String certificate, CertificateStore store) {
        requireSuccess(device.installPublic(certificate, store), certificate);
    }

    private void describe(CertificateShape shape, String field, String value) {
        switch (field) {
            case "common name" -> shape.commonName(value);
            case "organization" -> shape.organization(value);
            case "SAN email address" -> shape.sanEmail(value);
            case "SAN SmtpUTF8Mailbox" -> shape.smtpUtf8Mailbox(value);
            case "subject email address" -> shape.subjectEmail(value);
            case "key usage" -> shape.keyUsage(keyUsage(value));
            case "extended key usage" -> shape.extendedKeyUsage(list(value));
            case "key" -> shape.algorithm(algorithm(value));
            case "serial number" -> shape.serialNumber(new BigInteger(value, 16));
            case "valid from" -> shape.validFrom(instant(value));
            case "valid until" -> shape.validUntil(instant(value));
            default -> throw new IllegalArgumentException("a certificate has no field \"" + field + "\"; known: common name,"
                    + " organization, SAN email address, SAN SmtpUTF8Mailbox, subject email address, key usage,"
                    + " extended key usage, key, serial number, valid from, valid until");
        }
    }

    private static Instant instant(String text) {
        return ScenarioClock.instant(text);
    }

    private static Set<KeyUsageBit> keyUsage(String value) {
        return list(value).stream().map(KeyUsageBit::byRfcName)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyUsageBit.class)));
    }

    /** A comma-separated list; "none" is the empty list. */
    private static List<String> list(String value) {
        if (value.strip().equals("none")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static KeyAlgorithm algorithm(String value) {
        return switch (value) {
            case "RSA 2048" -> KeyAlgorithm.RSA_2048;
            case "EC P-256" -> KeyAlgorithm.EC_P256;
            default -> throw new IllegalArgumentException("a key is \"RSA 2048\" or \"EC P-256\", not " + value);
        };
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value.strip();
    }

    private static void requireSuccess(Outcome outcome, String certificate) {
        if (!outcome.isSuccess()) {
            throw new AssertionError("Outlook did not install the certificate \"" + certificate + "\": " + outcome);
        }
    }
}
