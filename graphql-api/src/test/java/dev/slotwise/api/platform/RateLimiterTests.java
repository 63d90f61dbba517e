package dev.slotwise.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fixed-window limits kept in PostgreSQL, as every API instance sees them. */
@ApiTest
class RateLimiterTests {
  private static final Instant START_OF_A_WINDOW = Instant.parse("2026-03-09T09:00:00Z");

  @Autowired
  private RateLimiter rateLimiter;

  @Autowired
  private TestClock clock;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private EmbeddedPostgres postgres;

  @Test
  void allowsTheLimitThenRefusesTheNextAttempts() {
    clock.setInstant(START_OF_A_WINDOW);
    RateLimit limit = freshLimit(3, Duration.ofMinutes(15));

    List<Boolean> answers = new ArrayList<>();
    for (int attempt = 0; attempt < 5; attempt++) {
      answers.add(rateLimiter.tryAcquire(limit, "ada@example.com"));
    }

    assertThat(answers).containsExactly(true, true, true, false, false);
  }

  @Test
  void countsEachSubjectApart() {
    clock.setInstant(START_OF_A_WINDOW);
    RateLimit limit = freshLimit(1, Duration.ofMinutes(15));

    assertThat(rateLimiter.tryAcquire(limit, "ada@example.com")).isTrue();
    assertThat(rateLimiter.tryAcquire(limit, "grace@example.com")).isTrue();
    assertThat(rateLimiter.tryAcquire(limit, "ada@example.com")).isFalse();
  }

  @Test
  void startsAfreshInTheNextWindow() {
    clock.setInstant(START_OF_A_WINDOW.plus(Duration.ofMinutes(14)));
    RateLimit limit = freshLimit(1, Duration.ofMinutes(15));
    assertThat(rateLimiter.tryAcquire(limit, "ada@example.com")).isTrue();
    assertThat(rateLimiter.tryAcquire(limit, "ada@example.com")).isFalse();

    clock.advance(Duration.ofMinutes(1));

    assertThat(rateLimiter.tryAcquire(limit, "ada@example.com")).isTrue();
  }

  @Test
  void keepsOnlyADigestOfTheSubject() {
    clock.setInstant(START_OF_A_WINDOW);
    RateLimit limit = freshLimit(5, Duration.ofMinutes(15));

    rateLimiter.tryAcquire(limit, "ada@example.com");

    List<String> buckets = jdbc.queryForList("select bucket from rate_limit_hit where bucket like ?", String.class,
        limit.name() + ":%");
    assertThat(buckets).singleElement().asString().doesNotContain("ada").matches(".+:[0-9a-f]{64}");
  }

  @Test
  void holdsExactlyAcrossInstancesSharingTheDatabase() throws Exception {
    RateLimit limit = freshLimit(30, Duration.ofHours(1));
    Clock sameWindow = Clock.fixed(START_OF_A_WINDOW, ZoneOffset.UTC);
    int threadsPerInstance = 2;
    int attemptsPerThread = 25;

    // Two instances, each with its own connection pool, stand for two API servers.
    try (HikariDataSource first = pool(); HikariDataSource second = pool()) {
      List<RateLimiter> instances = List.of(new RateLimiter(new JdbcTemplate(first), sameWindow),
          new RateLimiter(new JdbcTemplate(second), sameWindow));
      ExecutorService threads = Executors.newFixedThreadPool(instances.size() * threadsPerInstance);
      CountDownLatch startTogether = new CountDownLatch(1);
      List<Future<Integer>> allowed = new ArrayList<>();
      for (RateLimiter instance : instances) {
        for (int thread = 0; thread < threadsPerInstance; thread++) {
          Callable<Integer> hammer = () -> {
            startTogether.await();
            int granted = 0;
            for (int attempt = 0; attempt < attemptsPerThread; attempt++) {
              granted += instance.tryAcquire(limit, "ada@example.com") ? 1 : 0;
            }
            return granted;
          };
          allowed.add(threads.submit(hammer));
        }
      }
      startTogether.countDown();
      int total = 0;
      for (Future<Integer> granted : allowed) {
        total += granted.get();
      }
      threads.shutdown();

      assertThat(total).isEqualTo(limit.maxAttempts());
    }
  }

  @Test
  void forgetsWindowsOlderThanTwoDays() {
    RateLimit limit = freshLimit(5, Duration.ofMinutes(15));
    clock.setInstant(START_OF_A_WINDOW);
    rateLimiter.tryAcquire(limit, "ada@example.com");
    clock.advance(Duration.ofDays(1));
    rateLimiter.tryAcquire(limit, "ada@example.com");

    clock.advance(Duration.ofDays(1).plusMinutes(30));
    rateLimiter.forgetOldWindows();

    List<Instant> kept = jdbc.queryForList("select window_start from rate_limit_hit where bucket like ?",
        java.sql.Timestamp.class, limit.name() + ":%").stream().map(java.sql.Timestamp::toInstant).toList();
    assertThat(kept).containsExactly(START_OF_A_WINDOW.plus(Duration.ofDays(1)));
  }

  private static RateLimit freshLimit(int maxAttempts, Duration window) {
    // Tests share one database: a name of its own keeps each test's counters apart.
    return new RateLimit("test-" + UUID.randomUUID(), maxAttempts, window);
  }

  private HikariDataSource pool() {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setMaximumPoolSize(2);
    return pool;
  }
}
