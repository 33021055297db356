package org.vtp.sfu.channel;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.socket.IceUdpSocketWrapper;
import org.ice4j.socket.MultiplexedDatagramSocket;
import org.ice4j.socket.MultiplexingDatagramSocket;
import org.ice4j.socket.StunDatagramPacketFilter;
import org.vtp.sfu.dtls.DtlsCertificate;
import org.vtp.sfu.dtls.DtlsEndpoint;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpSession;

/**
 * A browser stand-in for ITs: an ICE-controlling ice4j agent on its own loopback socket, our DTLS
 * client and an SRTP session. Test code only: it reads its socket on its own thread.
 */
final class TestClient implements AutoCloseable {

    final CompletableFuture<Void> iceConnected = new CompletableFuture<>();
    final CompletableFuture<SrtpKeyMaterial> keys = new CompletableFuture<>();
    final List<byte[]> rtpReceived = new CopyOnWriteArrayList<>();
    final List<byte[]> rtcpReceived = new CopyOnWriteArrayList<>();
    final long startNanos = System.nanoTime();
    volatile long iceNanos;
    volatile long dtlsNanos;

    private final Agent agent = new Agent();
    private final IceMediaStream stream;
    private final Component component;
    private final MultiplexingDatagramSocket socket;
    private final MultiplexedDatagramSocket media;
    private final DtlsEndpoint dtls;
    private final Thread reader;
    private volatile InetSocketAddress server;
    private volatile SrtpSession srtp;
    private volatile boolean closed;

    TestClient(DtlsCertificate certificate, String serverFingerprint, Executor executor) throws IOException {
        agent.setControlling(true);
        agent.setUseDynamicPorts(false);
        stream = agent.createMediaStream("media");
        component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, false);
        socket = new MultiplexingDatagramSocket(0, InetAddress.getLoopbackAddress());
        HostCandidate host = new HostCandidate(new IceUdpSocketWrapper(socket), component, Transport.UDP);
        component.addLocalCandidate(host);
        host.getStunStack().addSocket(host.getStunSocket(null));
        media = socket.getSocket(p -> !StunDatagramPacketFilter.isStunPacket(p));
        agent.addStateChangeListener(this::onAgentState);
        dtls = new DtlsEndpoint(DtlsEndpoint.Role.CLIENT, certificate, serverFingerprint, this::sendRaw, executor,
                Duration.ofSeconds(10), System::nanoTime, new DtlsEndpoint.Listener() {
                    @Override
                    public void onHandshakeComplete(SrtpKeyMaterial material) {
                        dtlsNanos = System.nanoTime();
                        srtp = new SrtpSession(material);
                        keys.complete(material);
                    }

                    @Override
                    public void onHandshakeFailed(String reason) {
                        keys.completeExceptionally(new IllegalStateException(reason));
                    }
                });
        reader = new Thread(this::readLoop, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    String ufrag() {
        return agent.getLocalUfrag();
    }

    String password() {
        return agent.getLocalPassword();
    }

    /** Our host candidate as SDP writes it. */
    String candidate() {
        return "candidate:1 1 udp 2130706431 127.0.0.1 " + socket.getLocalPort() + " typ host";
    }

    /** Starts checks towards the server's first candidate ({@code ... <addr> <port> typ host}). */
    void connect(String serverUfrag, String serverPassword, String serverCandidate) {
        String[] f = serverCandidate.split(" ");
        server = new InetSocketAddress(f[4], Integer.parseInt(f[5]));
        stream.setRemoteUfrag(serverUfrag);
        stream.setRemotePassword(serverPassword);
        component.addRemoteCandidate(new RemoteCandidate(new TransportAddress(server, Transport.UDP), component,
                CandidateType.HOST_CANDIDATE, f[0].substring("candidate:".length()), Long.parseLong(f[3]), null));
        agent.startConnectivityEstablishment();
    }

    /** Encrypts (in a copy with room for the tag) and sends. */
    void sendRtp(byte[] packet) throws IOException {
        byte[] buf = java.util.Arrays.copyOf(packet, packet.length + SrtpSession.MAX_OVERHEAD);
        sendRaw(buf, 0, srtp.protectRtp(buf, 0, packet.length));
    }

    void sendRtcp(byte[] packet) throws IOException {
        byte[] buf = java.util.Arrays.copyOf(packet, packet.length + SrtpSession.MAX_OVERHEAD);
        sendRaw(buf, 0, srtp.protectRtcp(buf, 0, packet.length));
    }

    /** Sends bytes as they are from the client's own 5-tuple (for hostile-input tests). */
    void sendRaw(byte[] buf, int off, int len) throws IOException {
        socket.send(new DatagramPacket(buf, off, len, server));
    }

    @Override
    public void close() {
        closed = true;
        dtls.close();
        agent.free();
        socket.close();
    }

    private void onAgentState(PropertyChangeEvent event) {
        if (Agent.PROPERTY_ICE_PROCESSING_STATE.equals(event.getPropertyName())
                && event.getNewValue() == IceProcessingState.COMPLETED && !iceConnected.isDone()) {
            iceNanos = System.nanoTime();
            iceConnected.complete(null);
            dtls.start();
        } else if (event.getNewValue() == IceProcessingState.FAILED) {
            iceConnected.completeExceptionally(new IllegalStateException("client ICE failed"));
        }
    }

    private void readLoop() {
        byte[] buf = new byte[1500];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!closed) {
            try {
                packet.setData(buf, 0, buf.length);
                media.receive(packet);
                dispatch(buf, packet.getLength());
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void dispatch(byte[] buf, int len) {
        PacketKind kind = PacketKind.of(buf, 0, len);
        SrtpSession session = srtp;
        if (kind == PacketKind.DTLS) {
            dtls.receive(buf, 0, len);
        } else if (kind == PacketKind.RTP && session != null) {
            int n = session.unprotectRtp(buf, 0, len);
            if (n > 0) {
                rtpReceived.add(java.util.Arrays.copyOf(buf, n));
            }
        } else if (kind == PacketKind.RTCP && session != null) {
            int n = session.unprotectRtcp(buf, 0, len);
            if (n > 0) {
                rtcpReceived.add(java.util.Arrays.copyOf(buf, n));
            }
        }
    }
}
