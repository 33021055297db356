package org.vtp.sfu.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpProfile;

/** The DTLS server side (a=setup:passive): ECDSA only, requires and pins the client certificate. */
final class ServerPeer extends DefaultTlsServer {

    private static final Logger LOG = LoggerFactory.getLogger(ServerPeer.class);

    private final DtlsCertificate certificate;
    private final String expectedFingerprint;
    private final int handshakeTimeoutMillis;
    private SrtpProfile profile;
    private volatile SrtpKeyMaterial keys;

    ServerPeer(DtlsCertificate certificate, String expectedFingerprint, int handshakeTimeoutMillis) {
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
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        return certificate.signer(context);
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        profile = SrtpExtension.choose(clientExtensions);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        SrtpExtension.answer(extensions, profile);
        return extensions;
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        // WebRTC authenticates both ends by certificate fingerprint (RFC 8827 §6.5): always ask.
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        Fingerprint.requireMatch(expectedFingerprint, clientCertificate, "client");
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keys = SrtpExtension.export(context, profile, true);
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        LOG.debug("DTLS server raised {}: {}", AlertDescription.getText(description), message);
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        LOG.debug("DTLS server received {}", AlertDescription.getText(description));
    }
}
