package org.vtp.client.tls;

import java.security.cert.CertificateException;

/**
 * A pinned server showed a different certificate: possibly someone else on the network posing as
 * the class's server. Never accepted silently; only the user may trust the new one, deliberately.
 */
public final class CertificateChangedException extends CertificateException {
    private final String pinnedSha256;
    private final String presentedSha256;

    public CertificateChangedException(String pinnedSha256, PresentedCertificate presented) {
        super("the server's certificate " + presented.shortForm() + " is not the pinned "
                + new PresentedCertificate(pinnedSha256).shortForm());
        this.pinnedSha256 = pinnedSha256;
        this.presentedSha256 = presented.sha256Hex();
    }

    /** The SHA-256 that was pinned, 64 lower-case hex digits. */
    public String pinnedSha256() {
        return pinnedSha256;
    }

    public PresentedCertificate presented() {
        return new PresentedCertificate(presentedSha256);
    }
}
