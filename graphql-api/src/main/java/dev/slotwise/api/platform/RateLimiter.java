package dev.slotwise.api.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters kept in the database, so a limit holds across every API instance that shares it. Each
 * attempt is one atomic upsert; the subject (an email, an address) is stored only as a SHA-256 digest.
 */
@Component
public class RateLimiter {
  private static final String COUNT_HIT = """
      insert into rate_limit_hit (bucket, window_start, hits) values (?, ?, 1)
      on conflict (bucket, window_start) do update set hits = rate_limit_hit.hits + 1
      returning hits""";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  RateLimiter(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts one attempt against a limit and says whether it is within it.
   *
   * @param limit the limit, such as five logins per email per 15 minutes
   * @param subject who or what is limited: an email address, a client address
   * @return true if this attempt is within the limit; attempts past it still count
   */
  // A limit must count even when the caller's transaction rolls back, or failures would never add up.
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean tryAcquire(RateLimit limit, String subject) {
    long windowMillis = limit.window().toMillis();
    Instant now = clock.instant();
    Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
    Integer hits = jdbc.queryForObject(COUNT_HIT, Integer.class, limit.name() + ":" + digest(subject),
        Timestamp.from(windowStart));
    return hits != null && hits <= limit.maxAttempts();
  }

  /** Old windows are of no further use; an hourly sweep keeps the table small. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOldWindows() {
    jdbc.update("delete from rate_limit_hit where window_start < ?",
        Timestamp.from(clock.instant().minus(Duration.ofDays(2))));
  }

  private static String digest(String subject) {
    return HexFormat.of().formatHex(Digests.sha256(subject));
  }

}
