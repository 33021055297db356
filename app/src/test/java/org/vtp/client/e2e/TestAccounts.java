package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Accounts on a test server, made the way a student makes one: {@code POST /api/v1/auth/register}. */
public final class TestAccounts {
    private TestAccounts() {
    }

    public static void register(URI server, String email, String displayName, String password) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"" + displayName + "\",\"password\":\""
                + password + "\"}";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.resolve("/api/v1/auth/register")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
}
