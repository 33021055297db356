package org.vtp.sfu.ice;

import org.ice4j.ice.harvest.AbstractUdpListener;

/**
 * ice4j reads its configuration once, on first use, from system properties: this sets the ones the
 * SFU relies on before that happens. An operator's own {@code -D} value wins. Never sets
 * {@code static-mappings} (a string there crashes ice4j, see LIBRARY-NOTES).
 */
final class IceProperties {

    static final int RECEIVE_BUFFER_BYTES = 8 * 1024 * 1024;

    private static boolean applied;

    private IceProperties() {
    }

    static synchronized void apply() {
        if (applied) {
            return;
        }
        // No mapping harvesters: the AWS one probes a cloud metadata address; no STUN/TURN lookups.
        setIfAbsent("ice4j.harvest.mapping.aws.enabled", "false");
        setIfAbsent("ice4j.harvest.mapping.aws.force", "false");
        setIfAbsent("org.ice4j.ice.harvest.DISABLE_AWS_HARVESTER", "true");
        // Host candidates come only from our single-port harvester, never from per-agent ports.
        setIfAbsent("ice4j.harvest.udp.use-dynamic-ports", "false");
        setIfAbsent("ice4j.harvest.use-link-local-addresses", "false");
        // One socket carries every participant: ask for a deep receive buffer (the kernel caps it
        // at net.core.rmem_max) so bursts from many senders are not dropped before we read them.
        setIfAbsent("ice4j.harvest.udp.receive-buffer-size", String.valueOf(RECEIVE_BUFFER_BYTES));
        // Non-STUN datagrams are pushed by the harvester's one reading thread to the component's
        // callback, instead of being queued for a reader thread per participant.
        AbstractUdpListener.USE_PUSH_API = true;
        applied = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
