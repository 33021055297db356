package org.vtp.sfu.ice;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.Component;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.SinglePortUdpHarvester;
import org.ice4j.util.Buffer;

/**
 * ice4j's single-port harvester, but a datagram from an unknown address is linked to a session
 * only when it is a STUN check signed with that session's password. ice4j itself links the new
 * address on the USERNAME alone, so anyone who learned a ufrag (it travels in clear in every
 * check) could move a participant's media to their own address. RFC 8445 §7.3 requires the
 * integrity check before a check is acted upon.
 */
final class AuthenticatingHarvester extends SinglePortUdpHarvester {
    private final Map<String, byte[]> passwords = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();

    AuthenticatingHarvester(TransportAddress localAddress) throws IOException {
        super(localAddress);
    }

    /** Called by ice4j when a session's component is created: remembers that session's password. */
    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        Agent agent = component.getParentStream().getParentAgent();
        passwords.put(agent.getLocalUfrag(), agent.getLocalPassword().getBytes(StandardCharsets.US_ASCII));
        return super.harvest(component);
    }

    /** Forgets a closed session's password. */
    void forget(String localUfrag) {
        passwords.remove(localUfrag);
    }

    /** Checks from new addresses dropped because they were not signed with the session's password. */
    long rejectedChecks() {
        return rejected.get();
    }

    @Override
    protected MySocket maybeAcceptNewSession(Buffer buf, InetSocketAddress remoteAddress, String ufrag) {
        int colon = ufrag.indexOf(':');
        byte[] password = passwords.get(colon < 0 ? ufrag : ufrag.substring(0, colon));
        if (password == null
                || !StunIntegrity.verify(buf.getBuffer(), buf.getOffset(), buf.getLength(), password)) {
            rejected.incrementAndGet();
            return null;
        }
        return super.maybeAcceptNewSession(buf, remoteAddress, ufrag);
    }
}
