package org.vtp.app.ui.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The cameras, microphones and speakers of this machine. Audio queries may hang on machines
 * without a sound server, so the adapter answers them asynchronously with a timeout, and lists no
 * real microphone or speaker when no sound server answers.
 */
public interface DeviceCatalog {
    CompletableFuture<List<DeviceInfo>> cameras();

    CompletableFuture<List<DeviceInfo>> microphones();

    /** Where received audio can be played; empty when there is no sound device. */
    CompletableFuture<List<DeviceInfo>> speakers();
}
