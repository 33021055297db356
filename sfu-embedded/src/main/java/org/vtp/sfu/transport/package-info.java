/**
 * The WebRTC transport: one client's secure channel, the SDP negotiation that binds its
 * m-sections to producers and consumers, the routing of its incoming RTP and RTCP, and the RTCP
 * reports it sends. Uses {@code channel}, {@code sdp} and {@code stream}; knows nothing of rooms.
 */
package org.vtp.sfu.transport;
