package org.vtp.app.ui.service;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vtp.client.signalling.ServerReach;

/**
 * Looks at a class's server before joining it ({@link org.vtp.client.signalling.ServerProbe} in
 * the app): which scheme a bare {@code host:port} speaks, and whether its certificate is trusted.
 * The future completes on a background thread.
 */
@FunctionalInterface
public interface ServerCheck {
    /**
     * @param origin      {@code scheme://host:port}
     * @param schemeGiven false when the user typed no scheme
     * @param pinSha256   the certificate pinned for this server, if any
     */
    CompletableFuture<ServerReach> reach(URI origin, boolean schemeGiven, Optional<String> pinSha256);
}
