package org.smimeconformance.fakes.pki;

import java.util.Set;

import org.bouncycastle.asn1.x509.ReasonFlags;

/**
 * The bits of RFC 5280's ReasonFlags, by the names the RFC gives them: the reasons a CRL
 * distribution point or an issuing distribution point ({@code onlySomeReasons}) is limited to.
 * {@code unused} is bit 0, which RFC 5280 names but no revocation carries.
 */
public enum ReasonFlag {
    UNUSED("unused", ReasonFlags.unused),
    KEY_COMPROMISE("keyCompromise", ReasonFlags.keyCompromise),
    CA_COMPROMISE("cACompromise", ReasonFlags.cACompromise),
    AFFILIATION_CHANGED("affiliationChanged", ReasonFlags.affiliationChanged),
    SUPERSEDED("superseded", ReasonFlags.superseded),
    CESSATION_OF_OPERATION("cessationOfOperation", ReasonFlags.cessationOfOperation),
    CERTIFICATE_HOLD("certificateHold", ReasonFlags.certificateHold),
    PRIVILEGE_WITHDRAWN("privilegeWithdrawn", ReasonFlags.privilegeWithdrawn),
    AA_COMPROMISE("aACompromise", ReasonFlags.aACompromise);

    private final String rfcName;
    private final int mask;

    ReasonFlag(String rfcName, int mask) {
        this.rfcName = rfcName;
        this.mask = mask;
    }

    public String rfcName() {
        return rfcName;
    }

    /** The bit as Bouncy Castle's {@link ReasonFlags} writes it. */
    int mask() {
        return mask;
    }

    /** The flag with the RFC 5280 name, e.g. {@code keyCompromise}, case ignored. */
    public static ReasonFlag byRfcName(String name) {
        for (ReasonFlag flag : values()) {
            if (flag.rfcName.equalsIgnoreCase(name.strip())) {
                return flag;
            }
        }
        throw new IllegalArgumentException("not a reason flag of RFC 5280: " + name);
    }

    /** Bouncy Castle's ReasonFlags for a set of flags. */
    static ReasonFlags of(Set<ReasonFlag> flags) {
        int bits = 0;
        for (ReasonFlag flag : flags) {
            bits |= flag.mask;
        }
        return new ReasonFlags(bits);
    }
}
