package org.smimeconformance.fakes.intune;

import java.util.Objects;

/**
 * A certificate the administrator imported into Endpoint Manager on behalf of a user (PKCS
 * imported certificates, AUTO-4): a PKCS#12 file with its password, from any certification
 * authority, current or historic. Immutable.
 *
 * @param userPrincipalName whose it is
 * @param pfx               the PKCS#12 file
 * @param password          its password
 */
public record ImportedCertificate(String userPrincipalName, byte[] pfx, String password) {

    public ImportedCertificate {
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        pfx = Objects.requireNonNull(pfx, "pfx").clone();
        Objects.requireNonNull(password, "password");
    }

    @Override
    public byte[] pfx() {
        return pfx.clone();
    }
}
