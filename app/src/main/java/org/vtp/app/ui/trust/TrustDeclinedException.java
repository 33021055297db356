package org.vtp.app.ui.trust;

/** The user did not trust a server's certificate: the join stops and nothing was sent to it. */
public final class TrustDeclinedException extends RuntimeException {
    public TrustDeclinedException(String server) {
        super("you did not trust the certificate of " + server + ", so nothing was sent to it.");
    }
}
