package org.sankofa.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * {@code POST /api/v1/tokens} over real HTTP to the application's Tomcat on 127.0.0.1, with the headers a client or a
 * reverse proxy would add: what forwarded headers do is decided by Tomcat, which MockMvc does not go through.
 */
final class TokenRequests {

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    TokenRequests(int port) {
        this.port = port;
    }

    /** Asks for a token; {@code headers} are name, value, name, value… */
    HttpResponse<String> post(String username, String password, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
