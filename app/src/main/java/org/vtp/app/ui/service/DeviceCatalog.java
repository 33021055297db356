package org.vtp.app.ui.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The cameras and microphones of this machine. Audio queries may hang on machines without a
 * sound server, so the adapter answers them asynchronously with a timeout (empty list then).
 */
public interface DeviceCatalog {
    CompletableFuture<List<DeviceInfo>> cameras();

    CompletableFuture<List<DeviceInfo>> microphones();
}
