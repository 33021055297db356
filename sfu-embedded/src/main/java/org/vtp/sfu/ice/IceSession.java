package org.vtp.sfu.ice;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.util.Buffer;

/**
 * One client's ICE: an ICE-controlled agent with one stream and one component (BUNDLE and
 * rtcp-mux put everything on it), whose only local candidate is the shared media port.
 *
 * <p>Threads: {@link Listener#onPacket} runs on the port's single reading thread (push API) and
 * must not block; {@code onConnected}/{@code onFailed} run on ice4j's threads. Methods may be
 * called from any thread.
 */
public final class IceSession implements AutoCloseable {

    /** What the session reports; see the class comment for threads. */
    public interface Listener {
        /** A pair was nominated: {@link #send} works. Called once. */
        void onConnected();

        /** ICE failed; the session is dead. Called at most once. */
        void onFailed(String reason);

        /** One non-STUN datagram from the client; {@code buf} is only valid during the call. */
        void onPacket(byte[] buf, int off, int len);
    }

    private static final int HOST_TYPE_PREFERENCE = 126;

    private final AuthenticatingHarvester harvester;
    private final Agent agent;
    private final IceMediaStream stream;
    private final Component component;
    private final List<String> localCandidates;
    private final Listener listener;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final AtomicLong sendFailures = new AtomicLong();
    private boolean started;
    private volatile boolean closed;

    IceSession(AuthenticatingHarvester harvester, List<InetAddress> announced, int port, Listener listener)
            throws IOException {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.harvester = harvester;
        agent = new Agent();
        agent.setControlling(false);
        agent.setUseDynamicPorts(false);
        agent.addCandidateHarvester(harvester);
        agent.addStateChangeListener(this::onAgentState);
        stream = agent.createMediaStream("media");
        component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, false);
        component.setBufferCallback(this::onBuffer);
        localCandidates = formatLocalCandidates(announced, port);
    }

    public String localUfrag() {
        return agent.getLocalUfrag();
    }

    public String localPassword() {
        return agent.getLocalPassword();
    }

    /** Host candidates for the announced addresses, as {@code a=candidate:} values (RFC 8839 §5.1). */
    public List<String> localCandidates() {
        return localCandidates;
    }

    /**
     * The client's credentials and any candidates it put in its offer. Candidates that are not UDP
     * RTP-component IP literals (mDNS names, TCP) are ignored.
     *
     * @throws IllegalArgumentException if a credential is blank or a candidate line is malformed
     */
    public synchronized void setRemote(String ufrag, String password, List<String> candidates) {
        if (ufrag == null || ufrag.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("remote ICE ufrag and password are required");
        }
        List<RemoteCandidateLine> parsed = new ArrayList<>();
        for (String line : candidates) {
            RemoteCandidateLine.Result result = RemoteCandidateLine.parse(line);
            if (result.candidate() != null) {
                parsed.add(result.candidate());
            }
        }
        stream.setRemoteUfrag(ufrag);
        stream.setRemotePassword(password);
        parsed.forEach(this::addToAgent);
    }

    /**
     * A trickled candidate (with or without {@code a=}), before or after {@link #setRemote}.
     *
     * @return false if the candidate is ignored (mDNS, TCP, RTCP component, end-of-candidates)
     * @throws IllegalArgumentException if the line is malformed
     */
    public synchronized boolean addRemoteCandidate(String line) {
        RemoteCandidateLine.Result result = RemoteCandidateLine.parse(line);
        if (result.candidate() == null) {
            return false;
        }
        addToAgent(result.candidate());
        return true;
    }

    /** Starts connectivity checks (answers to the client's checks run as soon as it is created). */
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        if (stream.getRemoteUfrag() == null) {
            throw new IllegalStateException("setRemote must come before start");
        }
        started = true;
        agent.startConnectivityEstablishment();
    }

    /**
     * Sends one datagram on the selected pair.
     *
     * @return false when there is no usable pair yet or the send failed (the datagram is lost)
     */
    public boolean send(byte[] buf, int off, int len) {
        if (closed) {
            return false;
        }
        try {
            component.send(buf, off, len);
            return true;
        } catch (IOException | RuntimeException e) {
            sendFailures.incrementAndGet();
            return false;
        }
    }

    public long sendFailures() {
        return sendFailures.get();
    }

    public boolean isConnected() {
        IceProcessingState state = agent.getState();
        return state == IceProcessingState.COMPLETED || state == IceProcessingState.TERMINATED;
    }

    /** Frees the agent and forgets the client's address on the port. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reported.set(true);
        harvester.forget(agent.getLocalUfrag());
        agent.free();
    }

    private void addToAgent(RemoteCandidateLine line) {
        RemoteCandidate candidate = new RemoteCandidate(
                new TransportAddress(line.address(), line.port(), Transport.UDP), component,
                CandidateType.parse(line.type()), line.foundation(), line.priority(), null);
        if (started) {
            component.addUpdateRemoteCandidates(candidate);
            component.updateRemoteCandidates();
        } else {
            component.addRemoteCandidate(candidate);
        }
    }

    private void onBuffer(Buffer buffer) {
        if (!closed) {
            listener.onPacket(buffer.getBuffer(), buffer.getOffset(), buffer.getLength());
        }
    }

    private void onAgentState(PropertyChangeEvent event) {
        if (!Agent.PROPERTY_ICE_PROCESSING_STATE.equals(event.getPropertyName())) {
            return;
        }
        Object state = event.getNewValue();
        if (state == IceProcessingState.COMPLETED && reported.compareAndSet(false, true)) {
            listener.onConnected();
        } else if (state == IceProcessingState.FAILED && reported.compareAndSet(false, true)) {
            listener.onFailed("ICE connectivity checks failed");
        }
    }

    private static List<String> formatLocalCandidates(List<InetAddress> announced, int port) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < announced.size(); i++) {
            // RFC 8445 §5.1.2.1: type preference << 24 | local preference << 8 | (256 - component id)
            long priority = ((long) HOST_TYPE_PREFERENCE << 24) | ((long) (65535 - i) << 8) | 255;
            String address = announced.get(i).getHostAddress();
            int scope = address.indexOf('%');
            lines.add("candidate:" + (i + 1) + " 1 udp " + priority + " "
                    + (scope < 0 ? address : address.substring(0, scope)) + " " + port + " typ host");
        }
        return List.copyOf(lines);
    }
}
