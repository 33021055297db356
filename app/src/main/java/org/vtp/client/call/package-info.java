/**
 * One participant's call as VTP's signalling protocol defines it ({@code src-docs/protocol.md}):
 * join a room, produce local tracks, consume remote producers, all over one peer connection that
 * the client always offers, with renegotiations serialised.
 *
 * <p>Uses {@code org.vtp.client.signalling}, {@code .media}, {@code .ice} and {@code .peer}; never
 * JavaFX (views observe a {@link org.vtp.client.call.CallListener}).
 */
package org.vtp.client.call;
