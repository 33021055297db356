package org.vtp.sfu.dtls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The SFU's DTLS identity: an ECDSA P-256 key and a self-signed certificate, created once per SFU
 * (WebRTC authenticates it by the fingerprint in the SDP, RFC 8122 §5, never by a CA). ECDSA
 * because the server offers only ECDSA suites (an RSA-less, ECDSA-only server is what browsers
 * expect, and mixing fails with internal_error).
 */
public final class DtlsCertificate {

    private static final Duration VALIDITY = Duration.ofDays(365);

    private final byte[] der;
    private final AsymmetricKeyParameter privateKey;
    private final BcTlsCrypto crypto;
    private final String fingerprint;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey, SecureRandom random) {
        this.der = der;
        this.privateKey = privateKey;
        this.crypto = new BcTlsCrypto(random);
        this.fingerprint = Fingerprint.SHA_256 + " " + Fingerprint.hex(Fingerprint.SHA_256, der);
    }

    /** Generates a fresh key and a certificate valid from a day before {@code now} for a year. */
    public static DtlsCertificate generate(Instant now) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=vtp-sfu");
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(63, random),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
            byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
            return new DtlsCertificate(der, PrivateKeyFactory.createKey(keys.getPrivate().getEncoded()), random);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the DTLS certificate", e);
        }
    }

    /** The SDP fingerprint value: {@code sha-256 AB:CD:...} (RFC 8122 §5), for {@code a=fingerprint:}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The DER encoding of the certificate. */
    public byte[] der() {
        return der.clone();
    }

    BcTlsCrypto crypto() {
        return crypto;
    }

    Certificate tlsCertificate() throws IOException {
        TlsCertificate certificate = crypto.createCertificate(der);
        return new Certificate(new TlsCertificate[] {certificate});
    }

    TlsCredentialedSigner signer(TlsContext context) throws IOException {
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, privateKey,
                tlsCertificate(), SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }
}
