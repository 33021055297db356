package org.vtp.server.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuException;

/** Creates {@link FakeRouter}s and remembers them; can be told to refuse. */
public final class FakeRouterFactory implements RouterFactory {

    private final List<FakeRouter> routers = new CopyOnWriteArrayList<>();
    private volatile boolean refuse;

    @Override
    public FakeRouter createRouter(String routerId) throws SfuException {
        if (refuse) {
            throw new SfuException(SfuException.Code.UNSUPPORTED, "fake SFU refuses routers");
        }
        for (FakeRouter router : routers) {
            if (router.id().equals(routerId) && !router.isClosed()) {
                throw new SfuException(SfuException.Code.ALREADY_EXISTS, "router " + routerId);
            }
        }
        FakeRouter router = new FakeRouter(routerId);
        routers.add(router);
        return router;
    }

    public List<FakeRouter> routers() {
        return List.copyOf(routers);
    }

    public List<FakeRouter> liveRouters() {
        return routers.stream().filter(r -> !r.isClosed()).toList();
    }

    /** The transport of a peer (transport id = peer id) in any router, live or closed. */
    public FakeTransport transport(String peerId) {
        return routers.stream().flatMap(r -> r.fakeTransport(peerId).stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no transport " + peerId));
    }

    public void refuseRouters(boolean value) {
        refuse = value;
    }
}
