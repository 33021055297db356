package org.vtp.sfu;

import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuConfig;
import org.vtp.sfu.api.SfuException;

/**
 * The SFU entry class: owns the single media port, the DTLS certificate and every router.
 * Start one per process with {@link #start(SfuConfig)}; {@link #close()} closes everything.
 */
public final class Sfu implements RouterFactory, AutoCloseable {

    private Sfu() {
    }

    /** Binds the media port, creates the DTLS certificate and warms the ICE/DTLS/SRTP stacks. */
    public static Sfu start(SfuConfig config) throws SfuException {
        throw new SfuException(SfuException.Code.UNSUPPORTED, "not wired yet");
    }

    @Override
    public Router createRouter(String routerId) throws SfuException {
        throw new SfuException(SfuException.Code.UNSUPPORTED, "not wired yet");
    }

    /** The UDP port media actually uses (useful when configured with port 0). */
    public int mediaPort() {
        return 0;
    }

    @Override
    public void close() {
    }
}
