package dev.slotwise.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends GraphQL operations over HTTP as a single-page front end does: POST /graphql with a JSON body, keep-alive
 * connections, and the token in the Authorization header.
 */
final class GraphQlClient {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final URI endpoint;

  GraphQlClient(URI endpoint) {
    this.endpoint = endpoint;
    // HTTP/1.1 with keep-alive, as browsers talk to most API servers; the JDK client pools the connections.
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** A request, built once per call so that each carries its own variables. */
  HttpRequest request(String query, Map<String, Object> variables, String token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends and returns {@code data}, failing on anything but a clean answer. */
  JsonNode call(String query, Map<String, Object> variables, String token) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = send(request(query, variables, token));
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() != 200 || body.has("errors")) {
      throw new IllegalStateException("The API answered " + response.statusCode() + ": " + body);
    }
    return body.path("data");
  }
}
