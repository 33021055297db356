package org.vtp.sfu.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpProfile;

/** The DTLS client side (a=setup:active): used by tests and, later, by SFU-to-SFU cascading. */
final class ClientPeer extends DefaultTlsClient {

    private static final Logger LOG = LoggerFactory.getLogger(ClientPeer.class);

    private final DtlsCertificate certificate;
    private final String expectedFingerprint;
    private final int handshakeTimeoutMillis;
    private SrtpProfile profile;
    private volatile SrtpKeyMaterial keys;

    ClientPeer(DtlsCertificate certificate, String expectedFingerprint, int handshakeTimeoutMillis) {
        super(certificate.crypto());
        this.certificate = certificate;
        this.expectedFingerprint = expectedFingerprint;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    SrtpKeyMaterial keys() {
        return keys;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), CipherSuites.ECDSA_ONLY);
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = org.bouncycastle.tls.TlsExtensionsUtils.ensureExtensionsInitialised(super.getClientExtensions());
        SrtpExtension.offer(extensions);
        return extensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        profile = SrtpExtension.accepted(serverExtensions);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                Fingerprint.requireMatch(expectedFingerprint, serverCertificate.getCertificate(), "server");
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                return certificate.signer(context);
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keys = SrtpExtension.export(context, profile, false);
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        LOG.debug("DTLS client raised {}: {}", AlertDescription.getText(description), message);
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        LOG.debug("DTLS client received {}", AlertDescription.getText(description));
    }
}
