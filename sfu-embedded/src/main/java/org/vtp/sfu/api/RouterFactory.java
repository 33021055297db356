package org.vtp.sfu.api;

/** Creates routers; what an embedding control plane needs of the SFU entry class. */
public interface RouterFactory {

    /** Creates an empty router; ids are unique among live routers. */
    Router createRouter(String routerId) throws SfuException;
}
