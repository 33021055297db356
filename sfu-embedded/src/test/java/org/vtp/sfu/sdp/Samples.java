package org.vtp.sfu.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Real offers captured from browsers and webrtc-java, in src/test/resources/sdp (CRLF kept). */
final class Samples {

    static final String CHROMIUM_SENDONLY = "chromium-offer-sendonly.sdp";
    static final String CHROMIUM_RECVONLY = "chromium-offer-recvonly.sdp";
    static final String CHROMIUM_SIMULCAST = "chromium-offer-simulcast.sdp";
    static final String FIREFOX_SENDONLY = "firefox-offer-sendonly.sdp";
    static final String FIREFOX_RECVONLY = "firefox-offer-recvonly.sdp";
    static final String FIREFOX_SIMULCAST = "firefox-offer-simulcast.sdp";
    static final String WEBRTC_JAVA_SENDRECV = "webrtc-java-offer-sendrecv.sdp";
    /** The Firefox samples turned into JSEP's strict max-bundle shape (README.md beside them). */
    static final String FIREFOX_SENDONLY_MAX_BUNDLE = "firefox-offer-sendonly-max-bundle.sdp";
    static final String FIREFOX_RECVONLY_MAX_BUNDLE = "firefox-offer-recvonly-max-bundle.sdp";
    /** Firefox ESR 153 with {@code bundlePolicy: 'max-bundle'}: an initial offer and three renegotiations. */
    static final String FIREFOX_MAX_BUNDLE_INITIAL = "firefox-max-bundle-offer-initial.sdp";
    static final String FIREFOX_MAX_BUNDLE_ADDED = "firefox-max-bundle-offer-added.sdp";
    static final String FIREFOX_MAX_BUNDLE_STOPPED = "firefox-max-bundle-offer-stopped.sdp";
    static final String FIREFOX_MAX_BUNDLE_RECYCLED = "firefox-max-bundle-offer-recycled.sdp";

    /** Chromium 156, {@code setCodecPreferences} H.264 42e01f only on a sendonly and a recvonly video. */
    static final String CHROMIUM_H264_ONLY = "chromium-h264-only-offer.sdp";

    static final List<String> ALL = List.of(CHROMIUM_SENDONLY, CHROMIUM_RECVONLY, CHROMIUM_SIMULCAST,
            FIREFOX_SENDONLY, FIREFOX_RECVONLY, FIREFOX_SIMULCAST, WEBRTC_JAVA_SENDRECV,
            FIREFOX_SENDONLY_MAX_BUNDLE, FIREFOX_RECVONLY_MAX_BUNDLE, FIREFOX_MAX_BUNDLE_INITIAL,
            FIREFOX_MAX_BUNDLE_ADDED, FIREFOX_MAX_BUNDLE_STOPPED, FIREFOX_MAX_BUNDLE_RECYCLED, CHROMIUM_H264_ONLY);

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource sdp/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static SessionDescription parse(String name) throws SdpParseException {
        return SessionDescription.parse(text(name));
    }
}
