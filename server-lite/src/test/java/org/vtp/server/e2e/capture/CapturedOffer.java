package org.vtp.server.e2e.capture;

import java.util.Map;

/**
 * One offer a client sent, as the SFU received it.
 *
 * @param transportId the client's transport
 * @param round 1 for the transport's first offer, then 2, 3, ...
 * @param offer the offer SDP, byte for byte
 * @param roles mid → {@code "receive audio"}, {@code "send video"}, ...: what the SFU was asked to do with each
 *     mapped m-section ({@code receive} = the client publishes on it)
 * @param answer the SFU's answer, or null when it refused the offer
 * @param error the refusal's message, or null when answered
 */
public record CapturedOffer(String transportId, int round, String offer, Map<String, String> roles, String answer,
                            String error) {

    public CapturedOffer {
        roles = Map.copyOf(roles);
    }

    public boolean answered() {
        return answer != null;
    }
}
