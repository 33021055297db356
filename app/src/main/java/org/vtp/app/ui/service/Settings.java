package org.vtp.app.ui.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs.
 *
 * @param recentServers most recent first, at most {@link #MAX_RECENT}, no duplicates
 * @param lastName      the display name used last ("" if none)
 * @param cameraId      default camera, empty = none
 * @param microphoneId  default microphone, empty = none
 * @param speakerId     default speaker, empty = the system's default output
 */
public record Settings(List<String> recentServers, String lastName, Optional<String> cameraId,
                       Optional<String> microphoneId, Optional<String> speakerId) {
    public static final int MAX_RECENT = 8;

    public Settings {
        recentServers = List.copyOf(recentServers == null ? List.of() : recentServers);
        lastName = lastName == null ? "" : lastName;
        cameraId = cameraId == null ? Optional.empty() : cameraId;
        microphoneId = microphoneId == null ? Optional.empty() : microphoneId;
        speakerId = speakerId == null ? Optional.empty() : speakerId;
    }

    /** Settings that play to the system's default speaker. */
    public Settings(List<String> recentServers, String lastName, Optional<String> cameraId,
                    Optional<String> microphoneId) {
        this(recentServers, lastName, cameraId, microphoneId, Optional.empty());
    }

    public static Settings empty() {
        return new Settings(List.of(), "", Optional.empty(), Optional.empty());
    }

    /** Puts {@code server} first in the recent list, dropping an older copy and the oldest overflow. */
    public Settings withRecentServer(String server) {
        List<String> servers = new ArrayList<>(recentServers);
        servers.remove(server);
        servers.add(0, server);
        return new Settings(servers.subList(0, Math.min(MAX_RECENT, servers.size())), lastName, cameraId,
                microphoneId, speakerId);
    }

    public Settings withLastName(String name) {
        return new Settings(recentServers, name, cameraId, microphoneId, speakerId);
    }

    public Settings withDevices(Optional<String> camera, Optional<String> microphone) {
        return new Settings(recentServers, lastName, camera, microphone, speakerId);
    }

    public Settings withSpeaker(Optional<String> speaker) {
        return new Settings(recentServers, lastName, cameraId, microphoneId, speaker);
    }

    public MediaChoice mediaChoice() {
        return new MediaChoice(cameraId, microphoneId, speakerId);
    }
}
