package org.vtp.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The live room view of src-docs/protocol.md as the class's teacher reads it:
 * {@code GET /api/v1/rooms/<roomId>/live} with the teacher's access token.
 */
final class RoomApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    RoomApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The room document, or null when the server answers 404 (nobody in the room). */
    JsonNode room(String roomId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/rooms/" + roomId + "/live"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET rooms/" + roomId + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET rooms/" + roomId + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Peer ids of the participants listed for the room (empty when the room is gone). */
    List<String> participantIds(String roomId) {
        List<String> ids = new ArrayList<>();
        JsonNode room = room(roomId);
        if (room != null) {
            room.path("participants").forEach(p -> ids.add(p.path("peerId").asText()));
        }
        return ids;
    }

    /** Producer ids the room lists for one participant (empty when it is not listed). */
    List<String> producerIdsOf(String roomId, String peerId) {
        List<String> ids = new ArrayList<>();
        JsonNode room = room(roomId);
        if (room != null) {
            for (JsonNode participant : room.path("participants")) {
                if (peerId.equals(participant.path("peerId").asText())) {
                    participant.path("producers").forEach(p -> ids.add(p.path("producerId").asText()));
                }
            }
        }
        return ids;
    }

    /** Producer ids of all participants, and the producer ids every consumer consumes. */
    List<String> producerIdsInUse(String roomId) {
        List<String> ids = new ArrayList<>();
        JsonNode room = room(roomId);
        if (room != null) {
            for (JsonNode participant : room.path("participants")) {
                participant.path("producers").forEach(p -> ids.add(p.path("producerId").asText()));
                participant.path("consumers").forEach(c -> ids.add(c.path("producerId").asText()));
            }
        }
        return ids;
    }
}
