package org.smimeconformance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * What the client already has at hand besides the trusted roots ({@link TrustOptions}), and whether
 * it may fetch the rest from the addresses in the certificates: the options of the commands that
 * judge a certificate they are given ({@code verify-cert}, {@code inspect}). {@code compose} does
 * not take them: the sender's chain is the one of its PKCS#12 file, and the CRLs are fetched as the
 * app fetches them.
 */
final class AtHandOptions {

    @Option(names = "--intermediate", paramLabel = "FILE",
            description = "Intermediate certificates at hand, besides those that came with the certificate "
                    + "(as in a signed message). Repeatable; others are fetched through AIA unless --offline.")
    private List<Path> intermediates = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE",
            description = "CRLs already at hand, used before anything is fetched. Repeatable.")
    private List<Path> crls = new ArrayList<>();

    @Option(names = "--offline",
            description = "Fetch nothing: a CRL or intermediate not given is not available, so a "
                    + "missing CRL makes the certificate CRL_UNREACHABLE.")
    private boolean offline;

    /**
     * The certificates of the {@code --intermediate} files, in the order given.
     *
     * @throws CertificateFile.Unreadable when one of the files cannot be used
     */
    List<byte[]> intermediates() {
        return CertificateFile.entries(intermediates);
    }

    /**
     * The CRLs of the {@code --crl} files, in the order given.
     *
     * @throws CertificateFile.Unreadable when one of the files cannot be used
     */
    List<byte[]> crls() {
        return CertificateFile.entries(crls);
    }

    boolean offline() {
        return offline;
    }
}
