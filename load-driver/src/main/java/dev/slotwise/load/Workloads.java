package dev.slotwise.load;

import dev.slotwise.load.GuestTokens.Guest;
import dev.slotwise.load.Seeder.Host;
import dev.slotwise.load.Workload.Call;
import dev.slotwise.load.Workload.Outcome;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** The scenarios of the load, as the issue names them. */
final class Workloads {
  /** Where guests look from: the zone they ask slots in. */
  private static final List<String> GUEST_ZONES = List.of("Europe/Paris", "America/Chicago", "Asia/Singapore",
      "UTC", "America/New_York", "Asia/Kolkata");
  private static final String BOOK_SLOT = """
      mutation($input: BookSlotInput!) {
        bookSlot(input: $input) {
          booking { id start status }
          userErrors { field code message }
          alternatives
        }
      }""";

  private Workloads() {}

  /** {@code { __typename }}: what the server's plumbing costs, with no resolver behind it. */
  static Workload floor(GraphQlClient api) {
    HttpRequest request = api.request("{ __typename }", null, null);
    return named("{ __typename }", client -> call(request, data -> "Query".equals(data.path("__typename")
        .asString())));
  }

  /** {@code availableSlots} for a random host over {@code days} days from tomorrow, in a random guest zone. */
  static Workload availableSlots(GraphQlClient api, List<String> eventTypeIds, int days, LocalDate today) {
    String query = """
        query($id: ID!, $from: Date!, $to: Date!, $zone: String!) {
          availableSlots(eventTypeId: $id, range: {from: $from, to: $to}, timeZone: $zone) {
            durationMinutes timeZone days { date starts }
          }
        }""";
    return named("availableSlots, " + days + " days", client -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      LocalDate from = today.plusDays(1);
      Map<String, Object> variables = Map.of("id", eventTypeIds.get(random.nextInt(eventTypeIds.size())),
          "from", from.toString(), "to", from.plusDays(days - 1).toString(),
          "zone", GUEST_ZONES.get(random.nextInt(GUEST_ZONES.size())));
      return call(api.request(query, variables, null),
          data -> !data.path("availableSlots").path("days").isEmpty());
    });
  }

  /**
   * {@code bookSlot} by one guest per client, each on times nobody else asks for: whole hours of working time,
   * clear of seeded bookings, on the hosts that contention leaves alone. Every call must succeed.
   */
  static Workload distinctBookings(GraphQlClient api, List<Host> hosts, List<String> eventTypeIds,
      List<Guest> guests, LocalDate today, Ledger ledger, long seed) {
    int clients = guests.size();
    List<List<Wanted>> perClient = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      List<Wanted> times = new ArrayList<>();
      for (Host host : hosts) {
        if (host.index() % clients == client) {
          freeHours(host, today).forEach(start -> times.add(new Wanted(host, eventTypeIds.get(host.index()), start)));
        }
      }
      Collections.shuffle(times, new Random(seed + client));
      perClient.add(times);
    }
    AtomicInteger[] taken = new AtomicInteger[clients];
    for (int i = 0; i < clients; i++) {
      taken[i] = new AtomicInteger();
    }
    return named("bookSlot, distinct times", client -> {
      int n = taken[client].getAndIncrement();
      Wanted wanted = perClient.get(client).get(n);
      Guest guest = guests.get(client);
      return bookingCall(api, wanted, guest, "distinct-" + client + "-" + n, ledger, refusal -> false);
    });
  }

  /**
   * {@code bookSlot} by {@code clients} guests racing in rounds: each round's calls spread over the same
   * {@code times} starts of one host, so each start has several takers and exactly one may win. Losing with
   * {@code CONFLICTS_WITH_BOOKING} or {@code BUFFER_CONFLICT} is the expected refusal.
   */
  static Workload contendedBookings(GraphQlClient api, List<Host> contentionHosts, List<String> eventTypeIds,
      List<Guest> guests, int times, LocalDate today, Ledger ledger) {
    int clients = guests.size();
    List<List<Instant>> hours = contentionHosts.stream().map(host -> freeHours(host, today)).toList();
    AtomicLong sequence = new AtomicLong();
    return named("bookSlot, " + clients + " clients racing for " + times + " times", client -> {
      long n = sequence.getAndIncrement();
      long round = n / clients;
      int hostSlot = (int) (round % contentionHosts.size());
      int block = (int) (round / contentionHosts.size());
      Host host = contentionHosts.get(hostSlot);
      Instant start = hours.get(hostSlot).get(block * times + (int) (n % clients) % times);
      Wanted wanted = new Wanted(host, eventTypeIds.get(host.index()), start);
      return bookingCall(api, wanted, guests.get(client), "race-" + n, ledger,
          code -> code.equals("CONFLICTS_WITH_BOOKING") || code.equals("BUFFER_CONFLICT"));
    });
  }

  /** The whole hours of working time a host has free, from {@link Seeder#FIRST_DAY} on, in time order. */
  static List<Instant> freeHours(Host host, LocalDate today) {
    List<Instant> free = new ArrayList<>();
    ZoneId zone = host.zone();
    for (int day = Seeder.FIRST_DAY; day <= Seeder.LAST_DAY; day++) {
      LocalDate date = today.plusDays(day);
      if (!Seeder.isWorkingDay(host, date)) {
        continue;
      }
      for (int hour = Seeder.WORK_START_HOUR; hour < Seeder.WORK_END_HOUR; hour++) {
        Instant start = date.atTime(hour, 0).atZone(zone).toInstant();
        if (!host.booked().contains(start)) {
          free.add(start);
        }
      }
    }
    return free;
  }

  private record Wanted(Host host, String eventTypeId, Instant start) {}

  private static Call bookingCall(GraphQlClient api, Wanted wanted, Guest guest, String key, Ledger ledger,
      Predicate<String> expectedRefusal) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("eventTypeId", wanted.eventTypeId());
    input.put("start", wanted.start().toString());
    input.put("timeZone", "Europe/Paris");
    input.put("guest", Map.of("name", "Load Guest", "email", guest.email()));
    input.put("idempotencyKey", key);
    HttpRequest request = api.request(BOOK_SLOT, Map.of("input", input), guest.token());
    return call(request, data -> {
      JsonNode payload = data.path("bookSlot");
      if (payload.path("booking").has("id")) {
        ledger.booked(wanted.host(), wanted.start(), payload.path("booking").path("id").asString());
        return true;
      }
      JsonNode errors = payload.path("userErrors");
      if (errors.size() == 1 && expectedRefusal.test(errors.get(0).path("code").asString())) {
        throw new Refused();
      }
      ledger.unexpected(payload.toString());
      return false;
    });
  }

  /** Thrown by a check to say "refused as expected". */
  private static final class Refused extends RuntimeException {
    Refused() {
      super(null, null, false, false);
    }
  }

  private static Call call(HttpRequest request, Predicate<JsonNode> isAnswered) {
    return new Call() {
      @Override
      public HttpRequest request() {
        return request;
      }

      @Override
      public Outcome judge(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
          return Outcome.ERROR;
        }
        JsonNode body = GraphQlClient.JSON.readTree(response.body());
        if (body.has("errors")) {
          return Outcome.ERROR;
        }
        try {
          return isAnswered.test(body.path("data")) ? Outcome.OK : Outcome.ERROR;
        } catch (Refused refused) {
          return Outcome.REFUSED;
        }
      }
    };
  }

  private static Workload named(String name, java.util.function.IntFunction<Call> calls) {
    return new Workload() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Call next(int client) {
        return calls.apply(client);
      }
    };
  }

  /** Every booking the API acknowledged during the load, to audit against the database. */
  static final class Ledger {
    private final Map<String, String> bookingIdsByTime = new ConcurrentHashMap<>();
    private final Map<String, String> timesByBookingId = new ConcurrentHashMap<>();
    private final AtomicLong doubleWins = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();

    void booked(Host host, Instant start, String bookingId) {
      String time = host.id() + "@" + start;
      timesByBookingId.put(bookingId, time);
      if (bookingIdsByTime.putIfAbsent(time, bookingId) != null) {
        doubleWins.incrementAndGet();
      }
    }

    void unexpected(String payload) {
      if (unexpected.incrementAndGet() <= 5) {
        System.err.println("load: unexpected answer: " + payload);
      }
    }

    int acknowledged() {
      return timesByBookingId.size();
    }

    /** Two acknowledged bookings of one host at one start: what must never happen. */
    long doubleWins() {
      return doubleWins.get();
    }

    java.util.Set<String> bookingIds() {
      return timesByBookingId.keySet();
    }
  }
}
