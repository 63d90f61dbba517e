package dev.slotwise.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ten thousand seeded bad requests: wrong types, unknown zones, reversed and oversized ranges, deep nesting,
 * floods of aliases, huge strings and lists, malformed JSON, missing and forged tokens, other users' ids. None may
 * get a server error or an unclassified one, none may write a row, and the application must be healthy afterwards.
 * Replay with {@code -Dslotwise.hostile.seed=N}.
 */
@ApiTest
class HostileInputTest {
  private static final int REQUESTS = Integer.getInteger("slotwise.hostile.requests", 10_000);
  private static final long SEED = Long.getLong("slotwise.hostile.seed", 20_261_124L);
  private static final List<String> GUARDED_TABLES = List.of("user_account", "schedule", "event_type", "booking",
      "change_log", "user_session");

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private WebTestClient web;
  @Autowired
  private JdbcTemplate jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void badRequestsGetClassifiedAnswersAndChangeNothing() {
    Callers callers = new Callers(graphQl, mailbox);
    Callers.Host host = callers.newHost("target", "Europe/Berlin");
    Callers.Host other = callers.newHost("other", "UTC");
    String eventType = callers.firstEventType(other);
    Map<String, Long> before = counts();
    Random random = new Random(SEED);
    Generator generator = new Generator(random, host.accessToken(), other.userId(), eventType);

    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Integer>> outcomes = new java.util.TreeMap<>();
    for (int i = 0; i < REQUESTS && problems.size() < 5; i++) {
      Request request = generator.next();
      EntityExchangeResult<byte[]> result = send(request);
      String problem = problemWith(result);
      if (problem != null) {
        problems.add("#" + i + " " + request.kind() + ": " + problem + "\n  body sent: "
            + shorten(request.body()));
      }
      outcomes.computeIfAbsent(request.kind(), kind -> new java.util.TreeMap<>())
          .merge(outcomeOf(result), 1, Integer::sum);
    }

    assertThat(problems).as("seed %d", SEED).isEmpty();
    System.out.println("Hostile input outcomes (seed " + SEED + "): " + outcomes);
    // Each kind met the defence meant for it, so the run cannot pass by never reaching one.
    // The deepest and longest are stopped even earlier, by graphql-java's parser limits: INVALID_QUERY.
    assertThat(outcomes.get("deep nesting").keySet()).isSubsetOf("QUERY_TOO_COMPLEX", "INVALID_QUERY")
        .contains("QUERY_TOO_COMPLEX");
    assertThat(outcomes.get("alias flood").keySet()).isSubsetOf("QUERY_TOO_COMPLEX", "INVALID_QUERY")
        .contains("QUERY_TOO_COMPLEX");
    assertThat(outcomes.get("malformed JSON")).containsKey("HTTP 400").doesNotContainKey("ok");
    assertThat(outcomes.get("forged token")).containsKey("HTTP 401").doesNotContainKey("ok");
    assertThat(outcomes.get("other users' ids")).doesNotContainKey("ok");
    assertThat(outcomes.get("bad registration")).containsOnlyKeys("VALIDATION");
    assertThat(counts()).as("rows written by bad requests").isEqualTo(before);
    web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status")
        .isEqualTo("UP");
    callers.withToken(host.accessToken()).documentName("me").execute().path("me.username").entity(String.class)
        .isEqualTo(host.username());
  }

  /** One request: a body, raw, and the Authorization header to send, if any. */
  record Request(String kind, String body, String authorization) {}

  private EntityExchangeResult<byte[]> send(Request request) {
    WebTestClient.RequestBodySpec spec = web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .header("X-Forwarded-For", Callers.randomAddress());
    if (request.authorization() != null) {
      spec = spec.header(HttpHeaders.AUTHORIZATION, request.authorization());
    }
    return spec.bodyValue(request.body().getBytes(StandardCharsets.UTF_8)).exchange().expectBody().returnResult();
  }

  /** What is wrong with an answer, or null: a 5xx, or an error without a code. */
  private String problemWith(EntityExchangeResult<byte[]> result) {
    int status = result.getStatus().value();
    if (status >= 500) {
      return "HTTP " + status;
    }
    if (status != 200) {
      return null;
    }
    JsonNode body = json.readTree(result.getResponseBodyContent());
    for (JsonNode error : body.path("errors")) {
      String code = error.path("extensions").path("code").asString("");
      if (code.isEmpty() || code.equals("INTERNAL")) {
        return "error without a code, or internal: " + error;
      }
    }
    return null;
  }

  /** An answer in one word: its HTTP status if not 200, else its first error or user error code, else "ok". */
  private String outcomeOf(EntityExchangeResult<byte[]> result) {
    if (result.getStatus().value() != 200) {
      return "HTTP " + result.getStatus().value();
    }
    JsonNode body = json.readTree(result.getResponseBodyContent());
    if (body.path("errors").size() > 0) {
      return body.path("errors").get(0).path("extensions").path("code").asString("");
    }
    for (JsonNode field : body.path("data")) {
      JsonNode userErrors = field.path("userErrors");
      if (userErrors.size() > 0) {
        return userErrors.get(0).path("code").asString("");
      }
    }
    return "ok";
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : GUARDED_TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
  }

  /** Makes bad requests of many kinds from one seeded random source. */
  private static final class Generator {
    private final Random random;
    private final String hostToken;
    private final String otherUserId;
    private final String otherEventType;
    private final List<Supplier<Request>> kinds = new ArrayList<>();

    Generator(Random random, String hostToken, String otherUserId, String otherEventType) {
      this.random = random;
      this.hostToken = hostToken;
      this.otherUserId = otherUserId;
      this.otherEventType = otherEventType;
      kinds.add(this::malformedJson);
      kinds.add(this::syntaxError);
      kinds.add(this::wrongVariableType);
      kinds.add(this::badSlotsQuery);
      kinds.add(this::deepNesting);
      kinds.add(this::aliasFlood);
      kinds.add(this::hugeStrings);
      kinds.add(this::hugeList);
      kinds.add(this::forgedToken);
      kinds.add(this::otherUsersIds);
      kinds.add(this::badRegistration);
      kinds.add(this::badBooking);
    }

    Request next() {
      return kinds.get(random.nextInt(kinds.size())).get();
    }

    private Request malformedJson() {
      String valid = "{\"query\":\"{ apiInfo { name } }\",\"variables\":{\"a\":1}}";
      String body = switch (random.nextInt(4)) {
        case 0 -> valid.substring(0, random.nextInt(valid.length()));
        case 1 -> randomText(1 + random.nextInt(200));
        case 2 -> "[" + valid + "]";
        default -> "{\"query\": " + random.nextInt() + "}";
      };
      return new Request("malformed JSON", body, null);
    }

    private Request syntaxError() {
      String[] broken = {"{ me { ", "mutation { register(input: ) }", "query { availableSlots(", "}}}}", "{ __typename ",
          "subscription", "{ apiInfo { name } } { apiInfo { name } }", "fragment f on Query { ...f } { ...f }"};
      return graphql("syntax error", broken[random.nextInt(broken.length)], "{}", null);
    }

    private Request wrongVariableType() {
      String[] values = {"123", "\"text\"", "true", "null", "[1,2]", "{\"a\":1}", "1e999", "-1", "\"\""};
      String value = values[random.nextInt(values.length)];
      return graphql("wrong variable type", "query($u: String!) { profile(username: $u) { name } }",
          "{\"u\": " + value + "}", null);
    }

    private Request badSlotsQuery() {
      String[] zones = {"Mars/Olympus", "+01:00", "", "UTC+1", "Europe/Berlin\u0000", "a".repeat(500), "EST5EDT"};
      String[] ranges = {"{\"from\":\"2026-03-10\",\"to\":\"2026-03-01\"}", "{\"from\":\"2026-01-01\",\"to\":\"2027-01-01\"}",
          "{\"from\":\"2026-02-30\",\"to\":\"2026-03-01\"}", "{\"from\":\"0000-01-01\",\"to\":\"9999-12-31\"}",
          "{\"from\":\"2026-03-01\",\"to\":\"2026-03-02\"}"};
      String zone = zones[random.nextInt(zones.length)];
      String id = random.nextBoolean() ? otherEventType : randomText(12);
      String duration = random.nextBoolean() ? "null" : Integer.toString(random.nextInt(2000) - 500);
      return graphql("bad slots query", "query($id: ID!, $r: DateRangeInput!, $z: String!, $d: Int) "
          + "{ availableSlots(eventTypeId: $id, range: $r, timeZone: $z, durationMinutes: $d) { days { date } } }",
          "{\"id\": " + quote(id) + ", \"r\": " + ranges[random.nextInt(ranges.length)] + ", \"z\": " + quote(zone)
              + ", \"d\": " + duration + "}", null);
    }

    private Request deepNesting() {
      int depth = 20 + random.nextInt(200);
      StringBuilder query = new StringBuilder("{ __schema { types { fields { type ");
      for (int i = 0; i < depth; i++) {
        query.append("{ ofType ");
      }
      query.append("{ name }");
      query.append(" }".repeat(depth)).append(" } } } }");
      return graphql("deep nesting", query.toString(), "{}", null);
    }

    private Request aliasFlood() {
      int aliases = 16 + random.nextInt(3000);
      StringBuilder query = new StringBuilder("{");
      for (int i = 0; i < aliases; i++) {
        query.append(" a").append(i).append(": apiInfo { name }");
      }
      return graphql("alias flood", query.append(" }").toString(), "{}", null);
    }

    private Request hugeStrings() {
      String huge = "x".repeat(10_000 + random.nextInt(200_000));
      return graphql("huge string", "mutation($e: String!) { requestEmailVerification(input: { email: $e }) "
          + "{ userErrors { code } } }", "{\"e\": " + quote(huge) + "}", null);
    }

    private Request hugeList() {
      StringBuilder guests = new StringBuilder("[");
      int count = 100 + random.nextInt(5000);
      for (int i = 0; i < count; i++) {
        guests.append(i == 0 ? "" : ",").append("\"g").append(i).append("@example.com\"");
      }
      return graphql("huge list", "mutation($i: BookSlotInput!) { bookSlot(input: $i) { userErrors { code } } }",
          "{\"i\": {\"eventTypeId\": " + quote(otherEventType) + ", \"start\": \"2026-12-01T10:00:00Z\", "
              + "\"timeZone\": \"UTC\", \"guest\": {\"name\": \"x\", \"email\": \"x@example.com\"}, "
              + "\"additionalGuests\": " + guests.append("]") + ", \"idempotencyKey\": \"k\"}}",
          "Bearer " + hostToken);
    }

    private Request forgedToken() {
      String[] tokens = {"Bearer " + randomText(40), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Basic dXNlcjpwYXNz",
          "Bearer", "Bearer " + hostToken.substring(0, hostToken.length() - 3) + "abc", randomText(10)};
      return graphql("forged token", "{ me { id } }", "{}", tokens[random.nextInt(tokens.length)]);
    }

    private Request otherUsersIds() {
      String[] mutations = {
          "mutation { setUserPlan(input: { userId: \"" + otherUserId + "\", plan: PAID }) { userErrors { code } } }",
          "mutation { deleteEventType(input: { id: \"" + otherEventType + "\" }) { userErrors { code } } }",
          "mutation { updateEventType(input: { id: \"" + otherEventType + "\", title: \"mine\" }) { userErrors { code } } }",
          "mutation { cancelBooking(input: { id: \"" + randomText(20) + "\" }) { userErrors { code } } }",
          "mutation { deleteSchedule(input: { id: \"" + otherEventType + "\" }) { userErrors { code } } }"};
      return graphql("other users' ids", mutations[random.nextInt(mutations.length)], "{}", "Bearer " + hostToken);
    }

    private Request badRegistration() {
      String[] emails = {"", "not-an-email", "a@b", "@example.com", "x".repeat(300) + "@example.com", "a b@example.com"};
      return graphql("bad registration", "mutation($i: RegisterInput!) { register(input: $i) { userErrors { code } } }",
          "{\"i\": {\"email\": " + quote(emails[random.nextInt(emails.length)]) + ", \"password\": \"short\", "
              + "\"name\": \"\", \"username\": \"--\", \"timeZone\": \"Nowhere/Else\"}}", null);
    }

    private Request badBooking() {
      String[] starts = {"\"2026-13-45T99:00:00Z\"", "\"yesterday\"", "123", "null", "\"1500-01-01T00:00:00Z\"",
          "\"9999-12-31T23:59:59Z\"", "\"2026-12-01T10:00:00.123456789Z\""};
      return graphql("bad booking", "mutation($i: BookSlotInput!) { bookSlot(input: $i) { userErrors { code } } }",
          "{\"i\": {\"eventTypeId\": " + quote(otherEventType) + ", \"start\": " + starts[random.nextInt(starts.length)]
              + ", \"timeZone\": \"UTC\", \"guest\": {\"name\": \"x\", \"email\": \"x@example.com\"}, "
              + "\"idempotencyKey\": " + quote(randomText(1 + random.nextInt(150))) + "}}",
          random.nextBoolean() ? "Bearer " + hostToken : null);
    }

    private Request graphql(String kind, String query, String variables, String authorization) {
      return new Request(kind, "{\"query\": " + quote(query) + ", \"variables\": " + variables + "}", authorization);
    }

    private String randomText(int length) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append((char) (32 + random.nextInt(95)));
      }
      return text.toString();
    }

    private static String quote(String text) {
      StringBuilder quoted = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          quoted.append('\\').append(c);
        } else if (c < 0x20) {
          quoted.append(String.format("\\u%04x", (int) c));
        } else {
          quoted.append(c);
        }
      }
      return quoted.append('"').toString();
    }
  }
}
