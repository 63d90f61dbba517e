package dev.slotwise.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the hosts, schedules, event types and bookings that the load reads and competes with, straight into the
 * API's tables: registering 1,000 hosts through email codes would measure Argon2, not the API. The rows are those
 * the API itself writes (the same columns and the same constraints check them), and the driver confirms through
 * the API that a seeded host offers slots before it measures anything.
 */
final class Seeder {
  /** Where hosts live: both hemispheres, half-hour offsets, and zones that change offset in the next months. */
  static final List<ZoneId> HOST_ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Sydney"),
      ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London"), ZoneId.of("America/Sao_Paulo"));
  static final int WORK_START_HOUR = 9;
  static final int WORK_END_HOUR = 17;
  static final int MEETING_MINUTES = 30;
  static final int BUFFER_AFTER_MINUTES = 10;
  /** Seeded and measured bookings start this many days ahead or later, clear of the one-hour notice. */
  static final int FIRST_DAY = 2;
  static final int LAST_DAY = 91;

  private Seeder() {}

  /**
   * One seeded host.
   *
   * @param dayOff a weekday the host has marked unavailable (a date override)
   * @param booked the starts of the host's seeded bookings that still block time
   */
  record Host(int index, UUID id, String username, ZoneId zone, LocalDate dayOff, Set<Instant> booked) {}

  static List<Host> seed(String jdbcUrl, int hostCount, int bookingCount, long seed, LocalDate today)
      throws SQLException {
    Random random = new Random(seed);
    Instant now = Instant.now();
    List<Host> hosts = new ArrayList<>();
    for (int i = 0; i < hostCount; i++) {
      ZoneId zone = HOST_ZONES.get(i % HOST_ZONES.size());
      hosts.add(new Host(i, UUID.nameUUIDFromBytes(("load-host-" + i).getBytes(StandardCharsets.UTF_8)),
          "load-host-%04d".formatted(i), zone, weekday(today.plusDays(7 + random.nextInt(50))), new HashSet<>()));
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl + "&reWriteBatchedInserts=true")) {
      connection.setAutoCommit(false);
      insertAccounts(connection, hosts, now);
      insertSchedules(connection, hosts, today, now);
      insertEventTypes(connection, hosts, now);
      insertBookings(connection, hosts, bookingCount, random, today, now);
      connection.commit();
      try (var analyze = connection.createStatement()) {
        connection.setAutoCommit(true);
        analyze.execute("analyze");
      }
    }
    return hosts;
  }

  private static void insertAccounts(Connection connection, List<Host> hosts, Instant now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into user_account (id, email, password_hash, name, username, time_zone, plan, role,
            email_verified_at, created_at, updated_at, version)
        values (?, ?, '!seeded: no password, cannot sign in', ?, ?, ?, ?, 'HOST', ?, ?, ?, 0)""")) {
      for (Host host : hosts) {
        insert.setObject(1, host.id());
        insert.setString(2, host.username() + "@load.slotwise.test");
        insert.setString(3, "Load Host %04d".formatted(host.index()));
        insert.setString(4, host.username());
        insert.setString(5, host.zone().getId());
        insert.setString(6, isPaid(host) ? "PAID" : "FREE");
        Timestamp at = Timestamp.from(now);
        insert.setTimestamp(7, at);
        insert.setTimestamp(8, at);
        insert.setTimestamp(9, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Mon–Fri 09:00–17:00 in the host's zone, for a year, and one day off. */
  private static void insertSchedules(Connection connection, List<Host> hosts, LocalDate today, Instant now)
      throws SQLException {
    try (PreparedStatement schedule = connection.prepareStatement("""
            insert into schedule (id, host_id, name, time_zone, is_default, created_at, updated_at, version)
            values (?, ?, 'Working hours', ?, true, ?, ?, 0)""");
        PreparedStatement rule = connection.prepareStatement("""
            insert into schedule_weekly_rule (schedule_id, position, day_of_week, start_minute, end_minute, kind,
                valid_from, valid_until)
            values (?, ?, ?, ?, ?, 'AVAILABLE', ?, ?)""");
        PreparedStatement dayOff = connection.prepareStatement("""
            insert into schedule_date_override (schedule_id, position, override_date, kind)
            values (?, 0, ?, 'UNAVAILABLE')""")) {
      for (Host host : hosts) {
        UUID scheduleId = scheduleId(host);
        schedule.setObject(1, scheduleId);
        schedule.setObject(2, host.id());
        schedule.setString(3, host.zone().getId());
        schedule.setTimestamp(4, Timestamp.from(now));
        schedule.setTimestamp(5, Timestamp.from(now));
        schedule.addBatch();
        for (int day = 1; day <= 5; day++) {
          rule.setObject(1, scheduleId);
          rule.setInt(2, day - 1);
          rule.setInt(3, day);
          rule.setInt(4, WORK_START_HOUR * 60);
          rule.setInt(5, WORK_END_HOUR * 60);
          rule.setObject(6, today.minusDays(7));
          rule.setObject(7, today.plusYears(1));
          rule.addBatch();
        }
        dayOff.setObject(1, scheduleId);
        dayOff.setObject(2, host.dayOff());
        dayOff.addBatch();
      }
      schedule.executeBatch();
      rule.executeBatch();
      dayOff.executeBatch();
    }
  }

  /**
   * "30min" (30 or 60 minutes, the hour priced, 10 minutes' buffer after) is what the load books; a second,
   * "15min", is active only for paid hosts, as the free plan allows one.
   */
  private static void insertEventTypes(Connection connection, List<Host> hosts, Instant now) throws SQLException {
    try (PreparedStatement eventType = connection.prepareStatement("""
            insert into event_type (id, host_id, schedule_id, title, slug, description, default_duration,
                slot_interval, buffer_before, buffer_after, minimum_notice, window_rolling_days, max_extra_guests,
                requires_confirmation, location_kind, active, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, '', ?, ?, 0, ?, 60, 120, 2, false, 'VIDEO', ?, ?, ?, 0)""");
        PreparedStatement duration = connection.prepareStatement("""
            insert into event_type_duration (event_type_id, minutes, price_amount, price_currency)
            values (?, ?, ?, ?)""")) {
      for (Host host : hosts) {
        UUID meeting = UUID.nameUUIDFromBytes(("load-meeting-" + host.index()).getBytes(StandardCharsets.UTF_8));
        UUID intro = UUID.nameUUIDFromBytes(("load-intro-" + host.index()).getBytes(StandardCharsets.UTF_8));
        addEventType(eventType, meeting, host, "30 minute meeting", "30min", MEETING_MINUTES,
            BUFFER_AFTER_MINUTES, true, now);
        addEventType(eventType, intro, host, "Intro call", "15min", 15, 0, isPaid(host), now);
        addDuration(duration, meeting, 30, null);
        addDuration(duration, meeting, 60, "50.00");
        addDuration(duration, intro, 15, null);
      }
      eventType.executeBatch();
      duration.executeBatch();
    }
  }

  private static void addEventType(PreparedStatement insert, UUID id, Host host, String title, String slug,
      int minutes, int bufferAfter, boolean active, Instant now) throws SQLException {
    insert.setObject(1, id);
    insert.setObject(2, host.id());
    insert.setObject(3, scheduleId(host));
    insert.setString(4, title);
    insert.setString(5, slug);
    insert.setInt(6, minutes);
    insert.setInt(7, minutes);
    insert.setInt(8, bufferAfter);
    insert.setBoolean(9, active);
    insert.setTimestamp(10, Timestamp.from(now));
    insert.setTimestamp(11, Timestamp.from(now));
    insert.addBatch();
  }

  private static void addDuration(PreparedStatement insert, UUID eventTypeId, int minutes, String price)
      throws SQLException {
    insert.setObject(1, eventTypeId);
    insert.setInt(2, minutes);
    insert.setBigDecimal(3, price == null ? null : new java.math.BigDecimal(price));
    insert.setString(4, price == null ? null : "EUR");
    insert.addBatch();
  }

  /**
   * Bookings of "30min" on whole hours of working time over the next three months; one in twenty is cancelled.
   * Whole hours never collide with each other's buffer, and the load books whole hours too.
   */
  private static void insertBookings(Connection connection, List<Host> hosts, int count, Random random,
      LocalDate today, Instant now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into booking (id, host_id, event_type_id, start_at, end_at, buffer_before, buffer_after, blocked,
            status, time_zone, guest_name, guest_email, additional_guests, notes, booked_by, idempotency_key,
            request_fingerprint, created_at, updated_at, version)
        values (?, ?, ?, ?, ?, 0, ?, tstzrange(?, ?, '[)'), ?, ?, ?, ?, '{}', '', ?, ?, ?, ?, ?, 0)""")) {
      for (int n = 0; n < count; n++) {
        Host host = hosts.get(n % hosts.size());
        Instant start;
        do {
          LocalDate date = today.plusDays(FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1));
          int hour = WORK_START_HOUR + random.nextInt(WORK_END_HOUR - WORK_START_HOUR);
          start = isWorkingDay(host, date) ? date.atTime(LocalTime.of(hour, 0)).atZone(host.zone()).toInstant()
              : null;
        } while (start == null || !host.booked().add(start));
        boolean cancelled = random.nextInt(20) == 0;
        if (cancelled) {
          host.booked().remove(start);
        }
        Instant end = start.plusSeconds(MEETING_MINUTES * 60L);
        String guest = "seed-guest-" + n + "@load.slotwise.test";
        byte[] fingerprint = new byte[32];
        random.nextBytes(fingerprint);
        insert.setObject(1, UUID.nameUUIDFromBytes(("load-booking-" + n).getBytes(StandardCharsets.UTF_8)));
        insert.setObject(2, host.id());
        insert.setObject(3, UUID.nameUUIDFromBytes(("load-meeting-" + host.index()).getBytes(StandardCharsets.UTF_8)));
        insert.setTimestamp(4, Timestamp.from(start));
        insert.setTimestamp(5, Timestamp.from(end));
        insert.setInt(6, BUFFER_AFTER_MINUTES);
        insert.setTimestamp(7, Timestamp.from(start));
        insert.setTimestamp(8, Timestamp.from(end.plusSeconds(BUFFER_AFTER_MINUTES * 60L)));
        insert.setString(9, cancelled ? "CANCELLED" : "CONFIRMED");
        insert.setString(10, host.zone().getId());
        insert.setString(11, "Seed Guest " + n);
        insert.setString(12, guest);
        insert.setString(13, "guest:" + guest);
        insert.setString(14, "seed-" + n);
        insert.setBytes(15, fingerprint);
        insert.setTimestamp(16, Timestamp.from(now));
        insert.setTimestamp(17, Timestamp.from(now));
        insert.addBatch();
        if (n % 2000 == 1999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  static boolean isWorkingDay(Host host, LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !date.equals(host.dayOff());
  }

  private static boolean isPaid(Host host) {
    return host.index() % 4 == 0;
  }

  private static UUID scheduleId(Host host) {
    return UUID.nameUUIDFromBytes(("load-schedule-" + host.index()).getBytes(StandardCharsets.UTF_8));
  }

  private static LocalDate weekday(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Today as the driver counts days: in UTC, with {@link #FIRST_DAY} keeping every zone's today clear. */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
