package dev.slotwise.api.scheduling;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hosts, inputs and one-line operations for the schedule and event type tests. New users may come with a default
 * schedule and event type (made at registration); {@link #blankHost} removes them, so a test that counts can
 * count from zero whether or not they exist.
 */
final class ScheduleTestHosts {
  private final Callers callers;
  private final JdbcTemplate jdbc;

  ScheduleTestHosts(HttpGraphQlTester graphQl, Mailbox mailbox, JdbcTemplate jdbc) {
    this.callers = new Callers(graphQl, mailbox);
    this.jdbc = jdbc;
  }

  Callers callers() {
    return callers;
  }

  /** A new host with whatever registration gave them. */
  Callers.Host host(String prefix, String timeZone) {
    return callers.newHost(prefix, timeZone);
  }

  /** A new host with no schedules and no event types. */
  Callers.Host blankHost(String prefix, String timeZone) {
    Callers.Host host = callers.newHost(prefix, timeZone);
    jdbc.update("delete from event_type where host_id = ?", uuid(host));
    jdbc.update("delete from schedule where host_id = ?", uuid(host));
    return host;
  }

  /** Moves the host to the PAID plan; the next request sees it. */
  Callers.Host paid(Callers.Host host) {
    jdbc.update("update user_account set plan = 'PAID' where email = ?", host.email());
    return host;
  }

  /** Makes the host an administrator; the next request sees it. */
  Callers.Host admin(Callers.Host host) {
    jdbc.update("update user_account set role = 'ADMIN' where email = ?", host.email());
    return host;
  }

  static UUID uuid(Callers.Host host) {
    return GlobalId.decode("User", host.userId());
  }

  /** Makes a schedule, which must succeed, and returns its ID. */
  static String createSchedule(HttpGraphQlTester host, Map<String, Object> input) {
    return host.documentName("createSchedule").variable("input", input).execute()
        .path("createSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("createSchedule.schedule.id").entity(String.class).get();
  }

  /** Makes an event type, which must succeed, and returns its ID. */
  static String createEventType(HttpGraphQlTester host, Map<String, Object> input) {
    return host.documentName("createEventType").variable("input", input).execute()
        .path("createEventType.userErrors").entityList(Object.class).hasSize(0)
        .path("createEventType.eventType.id").entity(String.class).get();
  }

  /** The host's event types, as {@code eventTypes} lists them. */
  static List<Map<String, Object>> eventTypes(HttpGraphQlTester host) {
    return host.documentName("eventTypes").execute().path("eventTypes").entityList(MAP).get();
  }

  /** The host's schedules, as {@code schedules} lists them. */
  static List<Map<String, Object>> schedules(HttpGraphQlTester host) {
    return host.documentName("schedules").execute().path("schedules").entityList(MAP).get();
  }

  /** Sets every active event type of the host inactive, so a FREE host may activate another. */
  static void deactivateAll(HttpGraphQlTester host) {
    for (Map<String, Object> eventType : eventTypes(host)) {
      if (Boolean.TRUE.equals(eventType.get("active"))) {
        host.documentName("updateEventType").variable("input", Map.of("id", eventType.get("id"), "active", false))
            .execute().path("updateEventType.userErrors").entityList(Object.class).hasSize(0);
      }
    }
  }

  /** A schedule input with the given weekly rules and no overrides. */
  static Map<String, Object> scheduleInput(String name, String timeZone, List<Map<String, Object>> weeklyRules) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("name", name);
    input.put("timeZone", timeZone);
    input.put("weeklyRules", weeklyRules);
    return input;
  }

  /** Monday to Friday 09:00–17:00, with their dates left to the server. */
  static List<Map<String, Object>> weekdays() {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      rules.add(rule(day, "09:00", "17:00"));
    }
    return rules;
  }

  static Map<String, Object> rule(String dayOfWeek, String start, String end) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("dayOfWeek", dayOfWeek);
    rule.put("start", start);
    rule.put("end", end);
    return rule;
  }

  /** The least an event type needs: a title, a slug and one 30-minute duration. */
  static Map<String, Object> eventTypeInput(String slug) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Meeting " + slug);
    input.put("slug", slug);
    input.put("durations", List.of(Map.of("minutes", 30)));
    return input;
  }

  /** A copy of a map with one more entry, which may be null. */
  static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  /** A slug no other test uses. */
  static String uniqueSlug(String prefix) {
    return prefix + "-" + Long.toHexString(System.nanoTime());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
