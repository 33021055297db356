package org.vtp.server.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a self-signed ECDSA P-256 server certificate (RFC 5280) with Bouncy Castle's builder and
 * the JDK's providers (no global provider registration). The certificate is a leaf: not a CA,
 * key usage digitalSignature, extended key usage serverAuth, and the subject alternative names
 * clients check (RFC 6125 section 6: IP addresses as iPAddress entries, names as dNSName).
 */
final class SelfSignedCertificates {

    static final String ALIAS = "vtp-host";
    private static final X500Name SUBJECT = new X500Name("CN=VTP classroom host, O=VTP");
    /** Clocks of other machines in the room may lag a little. */
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final SecureRandom random;

    SelfSignedCertificates(SecureRandom random) {
        this.random = random;
    }

    /** A fresh key pair and certificate valid from (now - 1 h) to (now + validity), in a PKCS12 store. */
    TlsIdentity create(List<String> dnsNames, List<InetAddress> ipAddresses, Instant now, Duration validity)
            throws GeneralSecurityException, IOException {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(SUBJECT, serial(),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), SUBJECT, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, altNames(dnsNames, ipAddresses));
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setSecureRandom(random)
                            .build(keys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the certificate", e);
        }
        String password = password();
        KeyStore store = KeyStore.getInstance(TlsIdentity.KEY_STORE_TYPE);
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password.toCharArray());
        return new TlsIdentity(certificate, bytes.toByteArray(), password);
    }

    private KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    /** RFC 5280 section 4.1.2.2: positive, at most 20 octets, unique per issuer (random is). */
    private BigInteger serial() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private String password() {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static GeneralNames altNames(List<String> dnsNames, List<InetAddress> ipAddresses) {
        GeneralName[] names = new GeneralName[dnsNames.size() + ipAddresses.size()];
        int i = 0;
        for (String dns : dnsNames) {
            names[i++] = new GeneralName(GeneralName.dNSName, dns);
        }
        for (InetAddress ip : ipAddresses) {
            names[i++] = new GeneralName(GeneralName.iPAddress, new DEROctetString(ip.getAddress()));
        }
        return new GeneralNames(names);
    }
}
