package dev.slotwise.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the database after the load and checks what the clients were told against what was stored: no host
 * with two active bookings overlapping, every acknowledged booking stored and active, and no booking stored that
 * no client was told of.
 */
final class Auditor {
  private Auditor() {}

  /**
   * What the audit found.
   *
   * @param overlapping pairs of active bookings of one host whose blocked times overlap (must be 0)
   * @param acknowledged bookings the clients were told of
   * @param missing acknowledged bookings not stored, or no longer active (must be 0)
   * @param unacknowledged bookings the load's guests made that no client was told of (must be 0)
   * @param doubleWins starts that two clients were each told they had booked (must be 0)
   * @param stored every booking in the database, seeded ones included
   */
  record Audit(long overlapping, long acknowledged, long missing, long unacknowledged, long doubleWins,
      long stored) {
    boolean clean() {
      return overlapping == 0 && missing == 0 && unacknowledged == 0 && doubleWins == 0;
    }
  }

  static Audit audit(String jdbcUrl, Workloads.Ledger ledger) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement()) {
      long overlapping = count(statement, """
          select count(*) from booking a join booking b
            on a.host_id = b.host_id and a.id < b.id and a.blocked && b.blocked
          where a.status in ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED')
            and b.status in ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED')""");
      Set<String> stored = new HashSet<>();
      try (ResultSet rows = statement.executeQuery("""
          select id from booking where booked_by like 'guest:load-guest-%' and status = 'CONFIRMED'""")) {
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
      }
      Set<String> acknowledged = new HashSet<>();
      for (String globalId : ledger.bookingIds()) {
        acknowledged.add(uuidOf(globalId));
      }
      long missing = acknowledged.stream().filter(id -> !stored.contains(id)).count();
      long unacknowledged = stored.stream().filter(id -> !acknowledged.contains(id)).count();
      return new Audit(overlapping, acknowledged.size(), missing, unacknowledged, ledger.doubleWins(),
          count(statement, "select count(*) from booking"));
    }
  }

  /** The UUID inside a Relay global ID ("Booking:<uuid>", Base64url). */
  private static String uuidOf(String globalId) {
    String decoded = new String(java.util.Base64.getUrlDecoder().decode(globalId),
        java.nio.charset.StandardCharsets.UTF_8);
    return decoded.substring(decoded.indexOf(':') + 1);
  }

  static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  static long bookingCount(String jdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement()) {
      return count(statement, "select count(*) from booking");
    }
  }

  static String postgresVersion(String jdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show server_version")) {
      result.next();
      return result.getString(1);
    }
  }
}
