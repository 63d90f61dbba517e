package dev.slotwise.api.hardening;

import dev.slotwise.api.support.Callers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Books over plain HTTP the way a careful client does when the server has trouble: after a transport error, an
 * HTTP 408 or 5xx, or a top-level error with a retryable code, it sends the same input with the same idempotency
 * key again, backing off, until it gets a definitive answer or its retry budget runs out. It counts why it
 * retried, and tells each answer's moment, so tests can show what the fault did.
 */
final class PatientClient {
  private static final Set<String> RETRYABLE_CODES = Set.of("UNAVAILABLE", "TIMEOUT");
  private static final int MAX_ATTEMPTS = 100;
  private static final Duration BUDGET = Duration.ofSeconds(90);
  private static final String BOOK = """
      mutation($input: BookSlotInput!) { bookSlot(input: $input) { booking { id } userErrors { code } } }""";

  /** Who books: a bearer token, and the email the booking is for (a guest token books for its own only). */
  record Booker(String token, String guestEmail) {
    @Override
    public String toString() {
      return "Booker[for " + guestEmail + "]";
    }
  }

  /** One booking request, sent as is on every attempt. */
  record Request(Booker booker, String eventTypeId, Instant start, String idempotencyKey) {}

  /**
   * The definitive answer to a request.
   *
   * @param bookingId the booking's ID, or null when none was made
   * @param outcome {@code BOOKED}, the user error's code, or what ended the request without a booking
   * @param attempts how many times the request was sent
   */
  record Answer(Request request, String bookingId, String outcome, int attempts, Instant at) {
    boolean booked() {
      return bookingId != null;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final URI endpoint;
  private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
  private final LongAdder answered = new LongAdder();

  PatientClient(int port) {
    this.endpoint = URI.create("http://localhost:" + port + "/graphql");
  }

  /** Sends the request until it is answered; never throws for the server's sake. */
  Answer book(Request request) {
    Answer answer = send(request);
    answered.increment();
    return answer;
  }

  private Answer send(Request request) {
    String body = json.writeValueAsString(Map.of("query", BOOK, "variables", Map.of("input", Map.of(
        "eventTypeId", request.eventTypeId(), "start", request.start().toString(), "timeZone", "UTC",
        "guest", Map.of("name", "Patient Guest", "email", request.booker().guestEmail()),
        "idempotencyKey", request.idempotencyKey()))));
    HttpRequest post = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + request.booker().token())
        .header("X-Forwarded-For", Callers.randomAddress())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long deadline = System.nanoTime() + BUDGET.toNanos();
    String retryReason = null;
    int attempt = 0;
    while (attempt < MAX_ATTEMPTS && System.nanoTime() < deadline) {
      attempt++;
      if (retryReason != null) {
        retries.computeIfAbsent(retryReason, reason -> new LongAdder()).increment();
        backOff(attempt);
      }
      HttpResponse<String> response;
      try {
        response = http.send(post, HttpResponse.BodyHandlers.ofString());
      } catch (IOException lost) {
        retryReason = "transport: " + lost.getClass().getSimpleName();
        continue;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return new Answer(request, null, "INTERRUPTED", attempt, Instant.now());
      }
      int status = response.statusCode();
      if (status == 408 || status >= 500) {
        retryReason = ("HTTP " + status + " " + errorCode(response.body())).strip();
        continue;
      }
      if (status != 200) {
        return new Answer(request, null, "HTTP " + status, attempt, Instant.now());
      }
      JsonNode answer = json.readTree(response.body());
      JsonNode error = answer.path("errors").path(0);
      if (!error.isMissingNode()) {
        String code = error.path("extensions").path("code").asString("no code");
        if (RETRYABLE_CODES.contains(code)) {
          retryReason = code;
          continue;
        }
        return new Answer(request, null, "error " + code, attempt, Instant.now());
      }
      JsonNode payload = answer.path("data").path("bookSlot");
      String id = payload.path("booking").path("id").asString(null);
      return id != null ? new Answer(request, id, "BOOKED", attempt, Instant.now())
          : new Answer(request, null, payload.path("userErrors").path(0).path("code").asString("?"), attempt,
              Instant.now());
    }
    return new Answer(request, null, "GAVE UP, last: " + retryReason, attempt, Instant.now());
  }

  /** The code of the first error in a GraphQL-shaped body, or "" for any other body. */
  private String errorCode(String body) {
    try {
      return json.readTree(body).path("errors").path(0).path("extensions").path("code").asString("");
    } catch (JacksonException notJson) {
      return "";
    }
  }

  /** Requests answered so far. */
  long answered() {
    return answered.sum();
  }

  /** Retries so far, in all. */
  long retryCount() {
    return retries.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Retries so far, by reason. */
  Map<String, Long> retries() {
    Map<String, Long> counted = new TreeMap<>();
    retries.forEach((reason, count) -> counted.put(reason, count.sum()));
    return counted;
  }

  /** Up to a second, with jitter, so that clients cut off together do not all come back at once. */
  private static void backOff(int attempt) {
    long ceiling = Math.min(1000, 25L << Math.min(attempt, 6));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
