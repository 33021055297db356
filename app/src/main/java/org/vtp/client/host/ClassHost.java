package org.vtp.client.host;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.classroom.Classroom;
import org.vtp.sfu.Sfu;
import org.vtp.sfu.api.SfuException;

/**
 * Starts hosting a class in this process: the SFU, then the VTP server with HTTPS (creating or
 * reusing the certificate in {@code <dataDir>/tls}) and its account store (signalling needs a
 * token), then opens the guest-friendly class owned by the local admin. Blocking, about a second
 * the first time: call it off the UI thread.
 */
public final class ClassHost {
    private static final Logger LOG = LoggerFactory.getLogger(ClassHost.class);

    private ClassHost() {
    }

    /**
     * @return the running class; its join link is live when this returns
     * @throws IOException if a port is taken or the data directory cannot be written; nothing is
     *     left running then
     */
    public static HostedClass start(HostOptions options) throws IOException {
        long started = System.nanoTime();
        ServerConfig config = options.serverConfig();
        Sfu sfu;
        try {
            sfu = Sfu.start(config.sfuConfig());
        } catch (SfuException e) {
            throw new IOException("cannot start the media server on UDP port " + options.mediaPort() + ": "
                    + e.getMessage(), e);
        }
        VtpServer server;
        try {
            server = VtpServer.startSecured(config, sfu);
        } catch (IOException | RuntimeException e) {
            sfu.close();
            throw e;
        }
        Classroom classroom;
        try {
            classroom = server.openHostedClass(options.className());
        } catch (IOException | RuntimeException e) {
            server.close();
            sfu.close();
            throw e;
        }
        HostedClass hosted = new HostedClass(classroom, server, sfu, config.publicAddresses(),
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("hosting class {} at {} (certificate {}), started in {} ms", classroom.name(), hosted.joinLink(),
                hosted.fingerprintForDisplay(), hosted.startDuration().toMillis());
        return hosted;
    }
}
