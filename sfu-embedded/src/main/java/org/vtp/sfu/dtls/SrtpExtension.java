package org.vtp.sfu.dtls;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpProfile;

/** The use_srtp extension (RFC 5764 §4.1) and the export of SRTP keys (RFC 5764 §4.2). */
final class SrtpExtension {

    /** Our preference order: AES-GCM first (LIBRARY-NOTES), then the mandatory CM_80. */
    static final SrtpProfile[] PREFERENCE = {SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80};

    private static final String EXPORTER_LABEL = "EXTRACTOR-dtls_srtp";

    private SrtpExtension() {
    }

    /** Adds our offer (client) to the extensions. */
    @SuppressWarnings({"rawtypes"})
    static void offer(Hashtable extensions) throws IOException {
        int[] ids = Arrays.stream(PREFERENCE).mapToInt(SrtpProfile::dtlsId).toArray();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(ids, TlsUtils.EMPTY_BYTES));
    }

    /** Server side: our most preferred profile the client offers; none is a handshake failure. */
    @SuppressWarnings("rawtypes")
    static SrtpProfile choose(Hashtable clientExtensions) throws IOException {
        UseSRTPData data = clientExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (data != null) {
            for (SrtpProfile profile : PREFERENCE) {
                if (Arrays.stream(data.getProtectionProfiles()).anyMatch(id -> id == profile.dtlsId())) {
                    return profile;
                }
            }
        }
        throw new TlsFatalAlert(AlertDescription.handshake_failure, "no common SRTP protection profile");
    }

    /** Adds the server's single choice (RFC 5764 §4.1.1: exactly one profile in the answer). */
    @SuppressWarnings({"rawtypes"})
    static void answer(Hashtable serverExtensions, SrtpProfile chosen) throws IOException {
        TlsSRTPUtils.addUseSRTPExtension(serverExtensions,
                new UseSRTPData(new int[] {chosen.dtlsId()}, TlsUtils.EMPTY_BYTES));
    }

    /** Client side: the profile the server picked, which must be one we offered. */
    @SuppressWarnings("rawtypes")
    static SrtpProfile accepted(Hashtable serverExtensions) throws IOException {
        UseSRTPData data = serverExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (data == null || data.getProtectionProfiles().length != 1) {
            throw new TlsFatalAlert(AlertDescription.illegal_parameter, "server did not pick one SRTP profile");
        }
        SrtpProfile profile = SrtpProfile.fromDtlsId(data.getProtectionProfiles()[0]);
        if (profile == null) {
            throw new TlsFatalAlert(AlertDescription.illegal_parameter, "server picked an SRTP profile never offered");
        }
        return profile;
    }

    /**
     * Exports the keys. The exporter output is client key | server key | client salt | server salt
     * (RFC 5764 §4.2); must run inside notifyHandshakeComplete.
     */
    static SrtpKeyMaterial export(TlsContext context, SrtpProfile profile, boolean isServer) {
        int k = profile.keyLength();
        int s = profile.saltLength();
        byte[] m = context.exportKeyingMaterial(EXPORTER_LABEL, null, 2 * (k + s));
        byte[] clientKey = Arrays.copyOfRange(m, 0, k);
        byte[] serverKey = Arrays.copyOfRange(m, k, 2 * k);
        byte[] clientSalt = Arrays.copyOfRange(m, 2 * k, 2 * k + s);
        byte[] serverSalt = Arrays.copyOfRange(m, 2 * k + s, 2 * k + 2 * s);
        return isServer
                ? new SrtpKeyMaterial(profile, serverKey, serverSalt, clientKey, clientSalt)
                : new SrtpKeyMaterial(profile, clientKey, clientSalt, serverKey, serverSalt);
    }
}
