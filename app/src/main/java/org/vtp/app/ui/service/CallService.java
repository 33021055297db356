package org.vtp.app.ui.service;

import java.util.concurrent.CompletableFuture;

/**
 * Joins calls. The future completes (on a background thread) once the room is joined and the
 * chosen media is being published; it fails with a message fit for the user otherwise.
 */
public interface CallService {
    CompletableFuture<CallModel> join(JoinRequest request);
}
