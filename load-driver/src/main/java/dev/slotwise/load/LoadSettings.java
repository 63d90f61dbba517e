package dev.slotwise.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run does, from {@code key=value} arguments. The Maven profile passes the paths; anyone may add the
 * rest with {@code -Dload.args="..."}.
 *
 * @param jar the API's executable jar
 * @param work a folder for the server's database, log and raw results; emptied at the start
 * @param report the Markdown file whose "GraphQL API (load driver)" section is rewritten
 * @param readme the README whose marked headline block is rewritten; null to leave it alone
 * @param hosts hosts to seed, each with a schedule and two event types
 * @param bookings bookings to seed, spread over the hosts and the next three months
 * @param warmup load before each measurement, not counted
 * @param measure how long each measurement runs
 * @param concurrency clients for the closed-loop runs of the read scenarios (floor and slots)
 * @param seed seeds the data and the times the booking clients ask for, so that two runs book the same times
 *     (slot queries pick their host and zone at random)
 * @param only the scenarios to run, for profiling one of them (floor, slots7, slots31, book, race); empty for all.
 *     A partial run prints its figures and writes no report.
 * @param jvmOptions options for the API's JVM, one per {@code jvm=} argument, such as
 *     {@code jvm=-XX:StartFlightRecording=filename=api.jfr,settings=profile}; none for its defaults
 */
record LoadSettings(Path jar, Path work, Path report, Path readme, int hosts, int bookings, Duration warmup,
    Duration measure, int concurrency, long seed, java.util.List<String> only, java.util.List<String> jvmOptions) {

  static final java.util.List<String> SCENARIOS = java.util.List.of("floor", "slots7", "slots31", "book", "race");

  static final int BOOKING_CLIENTS = 32;
  static final int CONTENDING_CLIENTS = 64;
  static final int CONTENDED_TIMES = 10;

  static LoadSettings parse(String... arguments) {
    Map<String, String> values = new LinkedHashMap<>();
    java.util.List<String> jvmOptions = new java.util.ArrayList<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("Arguments are key=value, was '" + argument + "'");
      }
      if (argument.startsWith("jvm=")) {
        jvmOptions.add(argument.substring(4));
      } else {
        values.put(argument.substring(0, equals), argument.substring(equals + 1));
      }
    }
    LoadSettings settings = new LoadSettings(Path.of(required(values, "jar")), Path.of(required(values, "work")),
        Path.of(required(values, "report")), values.containsKey("readme") ? Path.of(values.remove("readme")) : null,
        Integer.parseInt(values.getOrDefault("hosts", "1000")),
        Integer.parseInt(values.getOrDefault("bookings", "20000")),
        duration(values.getOrDefault("warmup", "15s")), duration(values.getOrDefault("measure", "20s")),
        Integer.parseInt(values.getOrDefault("concurrency", "8")),
        Long.parseLong(values.getOrDefault("seed", "20261124")), list(values.get("only")), List.copyOf(jvmOptions));
    values.keySet().removeAll(java.util.Set.of("jar", "work", "report", "hosts", "bookings", "warmup", "measure",
        "concurrency", "seed", "only"));
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("Unknown arguments " + values.keySet() + "; known are jar, work, report, "
          + "readme, hosts, bookings, warmup, measure, concurrency, seed, only and jvm");
    }
    if (!SCENARIOS.containsAll(settings.only)) {
      throw new IllegalArgumentException("only= takes some of " + SCENARIOS + ", was " + settings.only);
    }
    if (settings.hosts < 2 * BOOKING_CLIENTS || settings.hosts % 10 != 0) {
      throw new IllegalArgumentException("hosts must be a multiple of 10 and at least " + 2 * BOOKING_CLIENTS
          + ", was " + settings.hosts);
    }
    return settings;
  }

  /** A comma-separated list. */
  private static java.util.List<String> list(String text) {
    return text == null || text.isBlank() ? java.util.List.of() : java.util.List.of(text.split(","));
  }

  boolean runs(String scenario) {
    return only.isEmpty() || only.contains(scenario);
  }

  private static String required(Map<String, String> values, String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument " + key + "=...");
    }
    return value;
  }

  /** "20s", "2m" or "500ms". */
  static Duration duration(String text) {
    if (text.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
    }
    if (text.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }
    if (text.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
    }
    throw new IllegalArgumentException("A duration is like 20s, 2m or 500ms, was '" + text + "'");
  }

  /** The hosts that contention rounds use; the others take the bookings on distinct times. */
  int contentionHosts() {
    return hosts / 10;
  }
}
