package dev.slotwise.scheduling.oracle;

import static org.assertj.core.api.Assertions.fail;

import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.BookingCheck;
import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.IntervalSet;
import dev.slotwise.scheduling.RejectionReason;
import dev.slotwise.scheduling.Schedule;
import dev.slotwise.scheduling.SlotDay;
import dev.slotwise.scheduling.Slots;
import dev.slotwise.scheduling.oracle.RandomScenarios.Scenario;
import dev.slotwise.scheduling.oracle.SpecOracle.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Property tests of {@code scheduling-core} against {@link SpecOracle}, a brute-force reading of the scheduling
 * semantics, over {@link RandomScenarios}. Each property runs {@code slotwise.property.cases} seeded cases
 * (default 5000), seeds 1 to N; {@code -Dslotwise.property.seed=S} runs seed S alone. A failure names the seed,
 * what differed, and a dump of the scenario.
 */
class OraclePropertyTest {
  private static final int CASES = Integer.getInteger("slotwise.property.cases", 5000);
  private static final String ONLY_SEED = System.getProperty("slotwise.property.seed");
  /** How many failing seeds a property describes in full; the rest are counted and listed. */
  private static final int DESCRIBED_FAILURES = 3;

  private static final int ALTERNATIVES = 3;
  private static final int[] ALTERNATIVE_RADII_DAYS = {7, 31, 92};

  /** One property of one scenario; throws an AssertionError describing the difference. */
  private interface Property {
    void check(Scenario scenario, BookingCalendar calendar, SpecOracle oracle, SplittableRandom random);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // a. slots
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void slotsAreTheOraclesOfferedStartsGroupedByCallerDate() {
    forEachSeed("slots", (scenario, calendar, oracle, random) -> {
      List<String> problems = new ArrayList<>();
      for (Duration duration : scenario.rules.durations()) {
        compareSlots(scenario, calendar, oracle, duration, scenario.from, scenario.to, scenario.callerZone,
            problems);
      }
      if (!scenario.callerZone.equals(scenario.scheduleZone)) {
        // Whoever asks, the instants are the same: ask once more in the host's own zone.
        compareSlots(scenario, calendar, oracle, scenario.rules.defaultDuration(), scenario.from, scenario.to,
            scenario.scheduleZone, problems);
      }
      Slots byDefault = calendar.slots(scenario.from, scenario.to, scenario.callerZone);
      Slots explicit = calendar.slots(scenario.rules.defaultDuration(), scenario.from, scenario.to,
          scenario.callerZone);
      if (!byDefault.starts().equals(explicit.starts()) || !byDefault.duration().equals(explicit.duration())) {
        problems.add("slots(from, to, zone) differs from slots(defaultDuration, from, to, zone)");
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(String.join("\n", problems));
      }
    });
  }

  private static void compareSlots(Scenario scenario, BookingCalendar calendar, SpecOracle oracle,
      Duration duration, LocalDate from, LocalDate to, ZoneId zone, List<String> problems) {
    Slots actual = calendar.slots(duration, from, to, zone);
    TreeMap<LocalDate, List<Instant>> expected = oracle.slots(duration, from, to, zone);
    String query = "slots(" + duration.toMinutes() + " min, " + from + ", " + to + ", " + zone + ")";
    List<Instant> expectedStarts = new ArrayList<>();
    expected.values().forEach(expectedStarts::addAll);
    expectedStarts.sort(null);
    List<Instant> actualStarts = new ArrayList<>(actual.starts());
    if (!actualStarts.equals(expectedStarts)) {
      StringBuilder text = new StringBuilder(query).append(": starts differ (").append(actualStarts.size())
          .append(" returned, ").append(expectedStarts.size()).append(" expected)\n");
      List<Instant> missing = new ArrayList<>(expectedStarts);
      missing.removeAll(new HashSet<>(actualStarts));
      List<Instant> extra = new ArrayList<>(actualStarts);
      extra.removeAll(new HashSet<>(expectedStarts));
      for (Instant start : missing.subList(0, Math.min(8, missing.size()))) {
        text.append("  missing ").append(scenario.local(start)).append(": oracle offers it; check() says ")
            .append(describe(calendar.check(start, duration))).append('\n');
      }
      for (Instant start : extra.subList(0, Math.min(8, extra.size()))) {
        text.append("  extra   ").append(scenario.local(start)).append(": oracle says ")
            .append(Objects.toString(oracle.reason(start, duration), "offered (but outside the query?)"))
            .append(", caller date ").append(LocalDate.ofInstant(start, zone)).append('\n');
      }
      if (missing.isEmpty() && extra.isEmpty()) {
        text.append("  same instants, but order or duplicates differ: ").append(actualStarts).append('\n');
      }
      text.append("  (").append(missing.size()).append(" missing, ").append(extra.size()).append(" extra)");
      problems.add(text.toString());
      return;
    }
    List<String> actualDays = new ArrayList<>();
    for (SlotDay day : actual.days()) {
      actualDays.add(day.date() + "=" + day.starts());
    }
    List<String> expectedDays = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Instant>> day : expected.entrySet()) {
      expectedDays.add(day.getKey() + "=" + day.getValue());
    }
    if (!actualDays.equals(expectedDays)) {
      problems.add(query + ": grouping by caller date differs\n  expected " + expectedDays + "\n  actual   "
          + actualDays);
    }
    if (actual.size() != expectedStarts.size() || actual.isEmpty() != expectedStarts.isEmpty()
        || !actual.duration().equals(duration) || !actual.zone().equals(zone)) {
      problems.add(query + ": size/isEmpty/duration/zone inconsistent: " + actual);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // b. check reasons
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void checkGivesTheOraclesFirstReason() {
    forEachSeed("check", (scenario, calendar, oracle, random) -> {
      List<String> problems = new ArrayList<>();
      for (Probe probe : probes(scenario, oracle, random)) {
        BookingCheck actual = calendar.check(probe.start, probe.duration);
        RejectionReason expected = oracle.reason(probe.start, probe.duration);
        RejectionReason actualReason = actual.isBookable() ? null : ((BookingCheck.Rejected) actual).reason();
        if (expected != actualReason) {
          problems.add(probe + ": expected " + Objects.toString(expected, "Bookable") + ", got "
              + describe(actual) + explainReason(scenario, probe, expected, actualReason));
        }
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(problems.size() + " checks differ:\n" + String.join("\n", problems));
      }
    });
  }

  /** The facts behind the disputed reasons, to save the reader working them out. */
  private static String explainReason(Scenario scenario, Probe probe, RejectionReason expected,
      RejectionReason actual) {
    StringBuilder text = new StringBuilder();
    Instant start = probe.start;
    Instant end = start.plus(probe.duration);
    ZoneId host = scenario.hostZone();
    text.append("\n    in host zone ").append(host).append(": date ").append(LocalDate.ofInstant(start, host))
        .append(", today ")
        .append(LocalDate.ofInstant(scenario.now, host)).append(", earliest start ")
        .append(scenario.now.plus(scenario.rules.minimumNotice()));
    for (ExistingBooking booking : scenario.bookings) {
      Instant blockedStart = booking.meeting().start().minus(booking.bufferBefore());
      Instant blockedEnd = booking.meeting().end().plus(booking.bufferAfter());
      Instant ourStart = start.minus(scenario.rules.bufferBefore());
      Instant ourEnd = end.plus(scenario.rules.bufferAfter());
      if (ourStart.isBefore(blockedEnd) && blockedStart.isBefore(ourEnd)) {
        text.append("\n    blocked ranges meet booking ").append(booking);
      }
    }
    for (Interval busy : scenario.busyTimes) {
      Instant ourStart = start.minus(scenario.rules.bufferBefore());
      Instant ourEnd = end.plus(scenario.rules.bufferAfter());
      if (ourStart.isBefore(busy.end()) && busy.start().isBefore(ourEnd)) {
        text.append("\n    blocked range meets busy ").append(busy);
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // c. check ⇔ slots
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void checkIsBookableExactlyWhenSlotsOfferTheStart() {
    forEachSeed("check⇔slots", (scenario, calendar, oracle, random) -> {
      List<String> problems = new ArrayList<>();
      for (Probe probe : probes(scenario, oracle, random)) {
        if (!scenario.rules.offers(probe.duration)) {
          continue;
        }
        boolean bookable = calendar.check(probe.start, probe.duration).isBookable();
        for (ZoneId zone : List.of(scenario.callerZone, ZoneOffset.UTC, scenario.scheduleZone)) {
          LocalDate date = LocalDate.ofInstant(probe.start, zone);
          boolean offered = calendar.slots(probe.duration, date, date, zone).contains(probe.start);
          if (bookable != offered) {
            problems.add(probe + ": check().isBookable()=" + bookable + " but slots(" + date + ", " + zone
                + ").contains=" + offered + "; oracle: "
                + Objects.toString(oracle.reason(probe.start, probe.duration), "Bookable"));
            break;
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(String.join("\n", problems));
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // d. availability
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void availabilityIsTheOraclesMergedUnion() {
    forEachSeed("availability", (scenario, calendar, oracle, random) -> {
      Schedule schedule = scenario.schedule();
      List<String> problems = new ArrayList<>();
      LocalDate first = scenario.from.minusDays(random.nextInt(3));
      LocalDate last = scenario.to.plusDays(random.nextInt(3));
      compareAvailability(schedule, oracle, first, last, problems);
      for (LocalDate date = scenario.from.minusDays(1); !date.isAfter(scenario.to.plusDays(1));
          date = date.plusDays(1)) {
        compareAvailability(schedule, oracle, date, date, problems);
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(String.join("\n", problems));
      }
    });
  }

  private static void compareAvailability(Schedule schedule, SpecOracle oracle, LocalDate from, LocalDate to,
      List<String> problems) {
    IntervalSet actual = schedule.availability(from, to);
    List<Span> actualSpans = new ArrayList<>();
    for (Interval interval : actual) {
      actualSpans.add(new Span(interval.start(), interval.end()));
    }
    List<Span> expected = oracle.availability(from, to);
    if (!actualSpans.equals(expected)) {
      problems.add("availability(" + from + ", " + to + ") differs\n  expected " + expected + "\n  actual   "
          + actualSpans);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // e. alternatives
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void alternativesAreTheNearestOfferedStarts() {
    forEachSeed("alternatives", (scenario, calendar, oracle, random) -> {
      List<String> problems = new ArrayList<>();
      List<Probe> probes = probes(scenario, oracle, random);
      int compared = 0;
      for (Probe probe : probes) {
        if (compared == 6) {
          break;
        }
        BookingCheck check = calendar.check(probe.start, probe.duration);
        if (check.isBookable()) {
          continue;
        }
        compared++;
        String problem = compareAlternatives(scenario, oracle, probe, ((BookingCheck.Rejected) check)
            .alternatives());
        if (problem != null) {
          problems.add(probe + ": " + problem);
        }
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(String.join("\n", problems));
      }
    });
  }

  private static String compareAlternatives(Scenario scenario, SpecOracle oracle, Probe probe,
      List<Instant> actual) {
    Duration duration = scenario.rules.offers(probe.duration) ? probe.duration : scenario.rules.defaultDuration();
    if (actual.size() > ALTERNATIVES) {
      return "more than " + ALTERNATIVES + " alternatives: " + actual;
    }
    for (int i = 1; i < actual.size(); i++) {
      if (!actual.get(i - 1).isBefore(actual.get(i))) {
        return "alternatives not sorted and distinct: " + actual;
      }
    }
    for (Instant alternative : actual) {
      RejectionReason reason = oracle.reason(alternative, duration);
      if (reason != null) {
        return "alternative " + scenario.local(alternative) + " is not offered (" + duration.toMinutes()
            + " min): oracle says " + reason;
      }
    }
    // The nearest three among the oracle's offered starts within the widest radius the implementation searches
    // (92 days); computed lazily: if three lie within 7 (or 31) days, nothing farther can be among the nearest.
    List<Instant> expected = null;
    List<Instant> within = null;
    int radius = 0;
    for (int days : ALTERNATIVE_RADII_DAYS) {
      radius = days;
      within = oracle.offeredWithin(probe.start, duration, days);
      if (within.size() >= ALTERNATIVES) {
        break;
      }
    }
    expected = SpecOracle.nearest(within, probe.start, ALTERNATIVES);
    if (expected.equals(actual)) {
      return null;
    }
    if (radius == 92) {
      // Whether a start exactly 92 days away is searched is the implementation's choice.
      List<Instant> strictlyWithin = new ArrayList<>();
      for (Instant start : within) {
        if (SpecOracle.distance(start, probe.start).compareTo(Duration.ofDays(92)) < 0) {
          strictlyWithin.add(start);
        }
      }
      if (SpecOracle.nearest(strictlyWithin, probe.start, ALTERNATIVES).equals(actual)) {
        return null;
      }
    }
    StringBuilder text = new StringBuilder("alternatives (" + duration.toMinutes() + " min) differ\n    expected");
    for (Instant start : expected) {
      text.append(' ').append(scenario.local(start)).append(" Δ").append(SpecOracle.distance(start, probe.start));
    }
    text.append("\n    actual  ");
    for (Instant start : actual) {
      text.append(' ').append(scenario.local(start)).append(" Δ").append(SpecOracle.distance(start, probe.start));
    }
    text.append("\n    (oracle offers ").append(within.size()).append(" within ").append(radius).append(" days)");
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Probes: the starts to check
  // ---------------------------------------------------------------------------------------------------------------

  /** A start and duration to check, with how it was chosen. */
  private static final class Probe {
    final Instant start;
    final Duration duration;
    final String kind;
    final String local;

    Probe(Scenario scenario, Instant start, Duration duration, String kind) {
      this.start = start;
      this.duration = duration;
      this.kind = kind;
      this.local = scenario.local(start);
    }

    @Override
    public String toString() {
      return "check(" + local + ", " + describe(duration) + ") [" + kind + "]";
    }
  }

  private static String describe(Duration duration) {
    return duration.getNano() == 0 && duration.getSeconds() % 60 == 0 ? duration.toMinutes() + " min"
        : duration.toString();
  }

  /**
   * A mix of starts: offered ones, other candidates, near misses, starts in busy time and at bookings' edges,
   * starts before now and around the earliest allowed start, starts at the booking window's edges, random
   * instants and invalid durations.
   */
  private static List<Probe> probes(Scenario scenario, SpecOracle oracle, SplittableRandom random) {
    List<Probe> probes = new ArrayList<>();
    List<Duration> durations = scenario.rules.durations();
    LocalDate first = scenario.from.minusDays(1);
    LocalDate last = scenario.to.plusDays(1);
    List<Instant> candidates = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      candidates.addAll(oracle.candidates(date));
    }
    Duration interval = scenario.rules.slotInterval();

    for (int i = 0; i < 3; i++) {
      Duration duration = pick(random, durations);
      List<Instant> offered = oracle.offered(duration, first, last);
      if (!offered.isEmpty()) {
        probes.add(new Probe(scenario, pick(random, offered), duration, "offered"));
      }
    }
    for (int i = 0; i < 3 && !candidates.isEmpty(); i++) {
      probes.add(new Probe(scenario, pick(random, candidates), pick(random, durations), "candidate"));
    }
    for (int i = 0; i < 3 && !candidates.isEmpty(); i++) {
      Instant base = pick(random, candidates);
      Duration delta;
      switch (random.nextInt(4)) {
        case 0:
          delta = Duration.ofMinutes(1 + random.nextInt(30));
          break;
        case 1:
          delta = interval;
          break;
        case 2:
          delta = Duration.ofSeconds(1);
          break;
        default:
          delta = Duration.ofMinutes(5 * (1 + random.nextInt(6)));
          break;
      }
      Instant start = random.nextBoolean() ? base.plus(delta) : base.minus(delta);
      probes.add(new Probe(scenario, start, pick(random, durations), "near miss " + describe(delta)));
    }
    if (!scenario.busyTimes.isEmpty()) {
      Interval busy = pick(random, scenario.busyTimes);
      Duration duration = pick(random, durations);
      Instant start;
      String kind;
      switch (random.nextInt(5)) {
        case 0:
          start = busy.start().plusSeconds(random.nextLong(Math.max(1, busy.length().getSeconds())));
          kind = "in busy time";
          break;
        case 1:
          start = busy.end();
          kind = "at busy end";
          break;
        case 2:
          start = busy.start().minus(duration);
          kind = "meeting ends at busy start";
          break;
        case 3:
          start = busy.end().plus(scenario.rules.bufferBefore());
          kind = "buffer before ends at busy end";
          break;
        default:
          start = busy.start().minus(duration).minus(scenario.rules.bufferAfter()).plusSeconds(30);
          kind = "buffer after 30 s into busy";
          break;
      }
      probes.add(new Probe(scenario, start, duration, kind));
    }
    if (!scenario.bookings.isEmpty()) {
      ExistingBooking booking = pick(random, scenario.bookings);
      Duration duration = pick(random, durations);
      Instant start;
      String kind;
      switch (random.nextInt(6)) {
        case 0:
          start = booking.meeting().start();
          kind = "at a booking's start";
          break;
        case 1:
          start = booking.meeting().end();
          kind = "at a booking's end";
          break;
        case 2:
          start = booking.meeting().end().plus(booking.bufferAfter()).plus(scenario.rules.bufferBefore());
          kind = "buffers touch after a booking";
          break;
        case 3:
          start = booking.meeting().start().minus(booking.bufferBefore()).minus(scenario.rules.bufferAfter())
              .minus(duration);
          kind = "buffers touch before a booking";
          break;
        case 4:
          start = booking.meeting().end().plus(booking.bufferAfter()).plus(scenario.rules.bufferBefore())
              .minusSeconds(60);
          kind = "buffers overlap a minute after a booking";
          break;
        default:
          start = booking.meeting().start().minus(duration).plusSeconds(60);
          kind = "meeting overlaps a booking's first minute";
          break;
      }
      probes.add(new Probe(scenario, start, duration, kind));
    }
    Instant earliest = scenario.now.plus(scenario.rules.minimumNotice());
    switch (random.nextInt(4)) {
      case 0:
        probes.add(new Probe(scenario, scenario.now.minus(Duration.ofMinutes(1 + random.nextInt(2880))),
            pick(random, durations), "before now"));
        break;
      case 1:
        probes.add(new Probe(scenario, earliest.minusNanos(1), pick(random, durations), "1 ns too soon"));
        break;
      case 2:
        probes.add(new Probe(scenario, earliest, pick(random, durations), "exactly the earliest start"));
        break;
      default:
        Instant after = null;
        Instant before = null;
        LocalDate date = LocalDate.ofInstant(earliest, scenario.scheduleZone);
        for (LocalDate near = date.minusDays(1); !near.isAfter(date.plusDays(1)); near = near.plusDays(1)) {
          for (Instant candidate : oracle.candidates(near)) {
            if (!candidate.isBefore(earliest) && (after == null || candidate.isBefore(after))) {
              after = candidate;
            }
            if (candidate.isBefore(earliest) && (before == null || candidate.isAfter(before))) {
              before = candidate;
            }
          }
        }
        if (after != null) {
          probes.add(new Probe(scenario, after, pick(random, durations), "first candidate after the notice"));
        }
        if (before != null) {
          probes.add(new Probe(scenario, before, pick(random, durations), "last candidate before the notice"));
        }
        break;
    }
    windowEdgeProbes(scenario, oracle, random, probes);
    for (int i = 0; i < 2; i++) {
      Instant start = scenario.from.atStartOfDay(scenario.callerZone).toInstant();
      long seconds = Duration.between(start, scenario.to.plusDays(1).atStartOfDay(scenario.callerZone)
          .toInstant()).getSeconds();
      start = start.plusSeconds(random.nextLong(seconds));
      if (random.nextInt(100) < 70) {
        start = start.minusSeconds(start.getEpochSecond() % 60);
      }
      probes.add(new Probe(scenario, start, pick(random, durations), "random"));
    }
    Duration[] invalid = {Duration.ofMinutes(7), scenario.rules.defaultDuration().plusMinutes(1),
        Duration.ofSeconds(90), Duration.ZERO, Duration.ofMinutes(721), Duration.ofMinutes(1440),
        pick(random, durations).plusSeconds(1)};
    for (int i = 0; i < 2; i++) {
      Duration duration = invalid[random.nextInt(invalid.length)];
      if (scenario.rules.offers(duration)) {
        continue;
      }
      Instant start = candidates.isEmpty() ? scenario.now : pick(random, candidates);
      probes.add(new Probe(scenario, start, duration, "invalid duration"));
    }
    // Shuffle, so that properties that look at only some probes see every kind.
    for (int i = probes.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Probe swap = probes.get(i);
      probes.set(i, probes.get(j));
      probes.set(j, swap);
    }
    return probes;
  }

  /** Candidates whose host-zone date is at, or just past, an edge of the booking window. */
  private static void windowEdgeProbes(Scenario scenario, SpecOracle oracle, SplittableRandom random,
      List<Probe> probes) {
    ZoneId host = scenario.hostZone();
    List<LocalDate> edges = new ArrayList<>();
    BookingWindow window = scenario.rules.bookingWindow();
    if (window instanceof BookingWindow.Rolling) {
      LocalDate lastDay = LocalDate.ofInstant(scenario.now, host).plusDays(((BookingWindow.Rolling) window).days());
      edges.add(lastDay);
      edges.add(lastDay.plusDays(1));
    } else {
      BookingWindow.Fixed fixed = (BookingWindow.Fixed) window;
      edges.add(fixed.from().minusDays(1));
      edges.add(fixed.from());
      edges.add(fixed.until());
      edges.add(fixed.until().plusDays(1));
    }
    LocalDate edge = pick(random, edges);
    List<Instant> onEdge = new ArrayList<>();
    for (LocalDate date = edge.minusDays(2); !date.isAfter(edge.plusDays(2)); date = date.plusDays(1)) {
      for (Instant candidate : oracle.candidates(date)) {
        if (LocalDate.ofInstant(candidate, host).equals(edge)) {
          onEdge.add(candidate);
        }
      }
    }
    if (!onEdge.isEmpty()) {
      // The first or last candidate of the date: right at the edge in time as well.
      onEdge.sort(null);
      Instant start = random.nextBoolean() ? onEdge.get(0) : onEdge.get(onEdge.size() - 1);
      probes.add(new Probe(scenario, start, pick(random, scenario.rules.durations()), "window edge " + edge));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Harness
  // ---------------------------------------------------------------------------------------------------------------

  private static void forEachSeed(String property, Property body) {
    long firstSeed = 1;
    long lastSeed = CASES;
    if (ONLY_SEED != null && !ONLY_SEED.isBlank()) {
      firstSeed = Long.parseLong(ONLY_SEED.trim());
      lastSeed = firstSeed;
    }
    long started = System.nanoTime();
    List<String> described = new ArrayList<>();
    List<Long> failedSeeds = new ArrayList<>();
    for (long seed = firstSeed; seed <= lastSeed; seed++) {
      Scenario scenario = RandomScenarios.generate(seed);
      try {
        body.check(scenario, scenario.calendar(), scenario.oracle(), new SplittableRandom(seed * 31 + 7));
      } catch (AssertionError | RuntimeException failure) {
        failedSeeds.add(seed);
        if (described.size() < DESCRIBED_FAILURES) {
          String message = failure instanceof AssertionError ? failure.getMessage()
              : "threw " + failure + " at " + List.of(failure.getStackTrace()).subList(0,
                  Math.min(6, failure.getStackTrace().length));
          described.add("seed " + seed + ": " + message + "\n" + scenario.dump());
        }
      }
    }
    long cases = lastSeed - firstSeed + 1;
    System.out.printf("[oracle] %s: %d cases in %d ms, %d failed%n", property, cases,
        (System.nanoTime() - started) / 1_000_000, failedSeeds.size());
    if (!failedSeeds.isEmpty()) {
      fail("%s: %d of %d cases failed; seeds %s%s%n%s", property, failedSeeds.size(), cases,
          failedSeeds.subList(0, Math.min(50, failedSeeds.size())), failedSeeds.size() > 50 ? " …" : "",
          String.join("\n", described));
    }
  }

  private static String describe(BookingCheck check) {
    if (check.isBookable()) {
      return "Bookable";
    }
    BookingCheck.Rejected rejected = (BookingCheck.Rejected) check;
    return rejected.reason() + " " + rejected.alternatives();
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
