package org.vtp.app.ui.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records join requests and answers with {@link #next} (a joined {@link FakeCall} unless replaced). */
public final class FakeCallService implements CallService {
    public final List<JoinRequest> requests = new CopyOnWriteArrayList<>();
    public volatile FakeCall call = new FakeCall("physics-7b", "Ada", true, true);
    public volatile CompletableFuture<CallModel> next;

    @Override
    public CompletableFuture<CallModel> join(JoinRequest request) {
        requests.add(request);
        return next != null ? next : CompletableFuture.completedFuture(call);
    }
}
