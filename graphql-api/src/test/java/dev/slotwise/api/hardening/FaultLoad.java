package dev.slotwise.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.slotwise.api.hardening.PatientClient.Answer;
import dev.slotwise.api.hardening.PatientClient.Booker;
import dev.slotwise.api.hardening.PatientClient.Request;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.LiveSubscription;
import dev.slotwise.api.support.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The booking load of the fault tests, and what must hold after it: hosts to book, two kinds of booker, free
 * slots for them, concurrent patient clients, and the checks that every answered booking exists exactly once and
 * was heard by a subscriber.
 */
final class FaultLoad {
  private static final int HOSTS = 4;
  /**
   * Hikari hands out a connection used in the last 500 ms without checking it (its alive-bypass window), so a
   * connection cut right after such a use can fail one more request; from then on every one is checked.
   */
  private static final Duration POOL_TRUSTS_RECENT_USE = Duration.ofMillis(500);

  private final int port;
  private final List<Callers.Host> hosts;
  private final List<String> eventTypes;
  private final List<Booker> bookers;
  private final String keyPrefix;
  private final PatientClient client;
  private LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
  private int halfHours;
  private int requested;

  private FaultLoad(int port, List<Callers.Host> hosts, List<String> eventTypes, List<Booker> bookers,
      String keyPrefix) {
    this.port = port;
    this.hosts = hosts;
    this.eventTypes = eventTypes;
    this.bookers = bookers;
    this.keyPrefix = keyPrefix;
    this.client = new PatientClient(port);
  }

  /** New hosts in UTC, a signed-in booker and a guest, on the application at {@code port}. */
  static FaultLoad prepare(Mailbox mailbox, int port, String prefix) {
    // Registering hashes a password with Argon2, which takes a busy machine longer than a tester's default 5 s.
    Callers callers = new Callers(HttpGraphQlTester.builder(WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port + "/graphql").responseTimeout(Duration.ofSeconds(30))).build(), mailbox);
    List<Callers.Host> hosts = new ArrayList<>();
    List<String> eventTypes = new ArrayList<>();
    for (int i = 0; i < HOSTS; i++) {
      hosts.add(callers.newHost(prefix + "-host", "UTC"));
      eventTypes.add(callers.firstEventType(hosts.getLast()));
    }
    // A signed-in booker's every request reads its session before GraphQL runs; a guest's does not. Both kinds.
    Callers.Host signedIn = callers.newHost(prefix + "-booker", "UTC");
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail(prefix + "-guest"));
    List<Booker> bookers = List.of(new Booker(signedIn.accessToken(), Callers.uniqueEmail(prefix + "-for")),
        new Booker(guest.token(), guest.email()));
    return new FaultLoad(port, hosts, eventTypes, bookers, prefix + "-" + Long.toHexString(System.nanoTime()));
  }

  PatientClient client() {
    return client;
  }

  /**
   * Requests for distinct free slots, each with its own key, interleaved over the hosts and the bookers so that
   * concurrent clients book for different hosts. Every call hands out new slots.
   */
  List<Request> requests(int count) {
    List<Request> requests = new ArrayList<>();
    while (requests.size() < count) {
      Instant start = nextStart();
      for (int i = 0; i < eventTypes.size() && requests.size() < count; i++) {
        requests.add(request(eventTypes.get(i), start));
      }
    }
    return requests;
  }

  /** Requests for new free slots of the first host, whose bookings the subscription follows. */
  List<Request> probes(int count) {
    List<Request> probes = new ArrayList<>();
    while (probes.size() < count) {
      probes.add(request(eventTypes.getFirst(), nextStart()));
    }
    return probes;
  }

  private Request request(String eventType, Instant start) {
    int sequence = requested++;
    return new Request(bookers.get(sequence % bookers.size()), eventType, start, keyPrefix + "-" + sequence);
  }

  /** The next weekday half-hour in the hosts' working hours (09:00–17:00 UTC), from the day after tomorrow on. */
  private Instant nextStart() {
    if (halfHours == 16) {
      day = day.plusDays(1);
      halfHours = 0;
    }
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(30L * halfHours++));
  }

  /** The first host's {@code bookingChanged}, open. */
  LiveSubscription subscribeToFirstHost() {
    return LiveSubscription.open(port, hosts.getFirst().accessToken(),
        "subscription { bookingChanged { action booking { id } } }", "bookingChanged");
  }

  /**
   * Books probes until the subscription hears one, which proves the server has it in place: it cannot tell when
   * it has. Returns the probes' answers.
   */
  List<Answer> bookUntilHeard(LiveSubscription subscription) {
    Iterator<Request> probes = probes(40).iterator();
    // Awaitility polls on a thread of its own.
    List<Answer> answers = new CopyOnWriteArrayList<>();
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Set<String> heard = Set.copyOf(heard(subscription));
      if (answers.stream().map(Answer::bookingId).anyMatch(heard::contains)) {
        return true;
      }
      answers.add(client.book(probes.next()));
      return false;
    });
    return List.copyOf(answers);
  }

  /** Waits until the subscription has heard every booking of the first host among the answers. */
  void awaitHeard(LiveSubscription subscription, List<Answer> answers) {
    Set<String> expected = answers.stream()
        .filter(answer -> answer.booked() && answer.request().eventTypeId().equals(eventTypes.getFirst()))
        .map(Answer::bookingId).collect(Collectors.toSet());
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(heard(subscription))
        .as("bookings heard by the subscription, which %s",
            subscription.ending() == null ? "is open" : subscription.ending())
        .containsAll(expected));
  }

  /** How many answers had each outcome. */
  static Map<String, Long> outcomes(List<Answer> answers) {
    return answers.stream().collect(Collectors.groupingBy(Answer::outcome, Collectors.counting()));
  }

  private static List<String> heard(LiveSubscription subscription) {
    return subscription.received().stream()
        .map(change -> String.valueOf(((Map<?, ?>) change.get("booking")).get("id"))).toList();
  }

  /** The requests shared out among {@code clients} threads, each sending its share one after the other. */
  List<Answer> bookConcurrently(int clients, List<Request> requests) throws Exception {
    return startBooking(clients, requests).get(3, TimeUnit.MINUTES);
  }

  /** The same, in the background: the answers of all when the last client is done. */
  CompletableFuture<List<Answer>> startBooking(int clients, List<Request> requests) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<CompletableFuture<List<Answer>>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      running.add(CompletableFuture.supplyAsync(() -> {
        List<Answer> answers = new ArrayList<>();
        for (int i = first; i < requests.size(); i += clients) {
          answers.add(client.book(requests.get(i)));
        }
        return answers;
      }, pool));
    }
    return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
        .thenApply(done -> running.stream().flatMap(answers -> answers.join().stream()).toList())
        .whenComplete((answers, failure) -> pool.shutdown());
  }

  /** Waits for the health endpoint to say UP, from the end of Hikari's alive-bypass window after the fault. */
  void awaitHealthy(Instant faultEnded) {
    WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    Duration rest = Duration.between(Instant.now(), faultEnded.plus(POOL_TRUSTS_RECENT_USE));
    await().pollDelay(rest.isNegative() ? Duration.ZERO : rest).atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.status").isEqualTo("UP"));
  }

  /** Sends every answered request once more: the first attempt returns the booking the first answer named. */
  void assertEachRetryReturnsTheSameBooking(List<Answer> answers) {
    for (Answer answer : answers) {
      Answer again = client.book(answer.request());
      assertThat(again.bookingId()).as("retry of %s", answer.request().idempotencyKey())
          .isEqualTo(answer.bookingId());
      assertThat(again.attempts()).as("attempts of a retry after the fault").isEqualTo(1);
    }
  }

  /**
   * The hosts' bookings are exactly those answered: one row per idempotency key, with the ID its client was
   * given, and no two active ones of a host overlapping.
   */
  void assertExactlyTheAnsweredBookingsExist(JdbcTemplate jdbc, List<Answer> answers) {
    Map<String, String> answered = answers.stream()
        .collect(Collectors.toMap(answer -> answer.request().idempotencyKey(), Answer::bookingId));
    Map<String, String> stored = new HashMap<>();
    for (Callers.Host host : hosts) {
      jdbc.query("select idempotency_key, id from booking where host_id = (select id from user_account "
          + "where email = ?)", row -> {
            String key = row.getString(1);
            String before = stored.put(key, GlobalId.encode("Booking", row.getObject(2, UUID.class)));
            assertThat(before).as("an earlier booking with key %s", key).isNull();
          }, host.email());
      assertThat(jdbc.queryForObject("""
          select count(*) from booking a join booking b on a.host_id = b.host_id and a.id < b.id
            and a.blocked && b.blocked
          where a.host_id = (select id from user_account where email = ?)
            and a.status <> 'CANCELLED' and b.status <> 'CANCELLED'""", Integer.class, host.email()))
          .as("overlapping active bookings of %s", host.email()).isZero();
    }
    assertThat(stored).as("bookings stored, by idempotency key").isEqualTo(answered);
  }
}
