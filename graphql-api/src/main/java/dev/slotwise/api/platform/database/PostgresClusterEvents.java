package dev.slotwise.api.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.slotwise.api.platform.ClusterEvents;
import dev.slotwise.api.platform.TransientDatabaseFailures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * {@link ClusterEvents} over PostgreSQL. The listening connection is opened beside the pool, not taken from it,
 * so it never starves requests; a daemon thread waits on it and hands payloads to per-channel sinks.
 */
@Component
class PostgresClusterEvents implements ClusterEvents, SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PostgresClusterEvents.class);
  private static final Pattern CHANNEL = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final JdbcTemplate jdbc;
  private final HikariDataSource pool;
  private final Clock clock;
  private final Map<String, Sinks.Many<String>> sinks = new ConcurrentHashMap<>();
  private final List<Consumer<Instant>> catchUps = new CopyOnWriteArrayList<>();
  private volatile boolean running;
  private volatile Connection listening;
  private volatile Instant lastHeard;
  private Thread listener;

  PostgresClusterEvents(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.pool = unwrap(dataSource);
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void publish(String channel, String payload) {
    jdbc.queryForList("select pg_notify(?, ?)", checked(channel), payload);
  }

  @Override
  public Flux<String> listen(String channel) {
    return sink(checked(channel)).asFlux();
  }

  @Override
  public void onReconnect(Consumer<Instant> catchUp) {
    catchUps.add(catchUp);
  }

  @Override
  public void start() {
    running = true;
    listener = new Thread(this::listenUntilStopped, "cluster-events-listener");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    closeQuietly(listening);
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** The backend process id of the listening connection, or -1; for tests that cut it. */
  int listenerBackendPid() {
    Connection connection = listening;
    try {
      return connection == null ? -1 : connection.unwrap(PGConnection.class).getBackendPID();
    } catch (SQLException e) {
      return -1;
    }
  }

  private void listenUntilStopped() {
    Duration backoff = Duration.ofMillis(200);
    boolean reconnecting = false;
    while (running) {
      try (Connection connection = connect()) {
        listening = connection;
        try (Statement statement = connection.createStatement()) {
          for (String channel : sinks.keySet()) {
            statement.execute("LISTEN " + channel);
          }
        }
        Instant missedSince = lastHeard;
        if (reconnecting && missedSince != null) {
          log.info("Listening again after a lost connection; catching up from {}", missedSince);
          catchUps.forEach(catchUp -> runQuietly(catchUp, missedSince));
        }
        // Only now: a catch-up the database failed gets the same moment again after the next reconnection.
        lastHeard = clock.instant();
        reconnecting = true;
        backoff = Duration.ofMillis(200);
        pollUntilBroken(connection);
      } catch (SQLException | RuntimeException lost) {
        if (!running) {
          return;
        }
        log.warn("The event listener's database connection failed ({}); retrying in {} ms",
            lost.getClass().getSimpleName(), backoff.toMillis());
        sleep(backoff);
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    }
  }

  private void pollUntilBroken(Connection connection) throws SQLException {
    PGConnection postgres = connection.unwrap(PGConnection.class);
    java.util.Set<String> listened = new java.util.HashSet<>(sinks.keySet());
    while (running) {
      // Channels asked for since the last round are listened to on the same connection.
      for (String channel : sinks.keySet()) {
        if (listened.add(channel)) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
          }
        }
      }
      PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
      if (notifications == null) {
        // No news; a trivial query proves the connection is alive, so a cut is noticed within a poll.
        try (Statement statement = connection.createStatement()) {
          statement.execute("select 1");
        }
      } else {
        for (PGNotification notification : notifications) {
          Sinks.Many<String> sink = sinks.get(notification.getName());
          if (sink != null) {
            sink.tryEmitNext(notification.getParameter());
          }
        }
      }
      lastHeard = clock.instant();
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (pool.getUsername() != null) {
      properties.setProperty("user", pool.getUsername());
    }
    if (pool.getPassword() != null) {
      properties.setProperty("password", pool.getPassword());
    }
    properties.setProperty("ApplicationName", "slotwise-cluster-events");
    Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
    connection.setAutoCommit(true);
    return connection;
  }

  private Sinks.Many<String> sink(String channel) {
    return sinks.computeIfAbsent(channel, name -> Sinks.many().multicast().directBestEffort());
  }

  private static String checked(String channel) {
    if (!CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException("Channel names are lower-case identifiers: " + channel);
    }
    return channel;
  }

  private static HikariDataSource unwrap(DataSource dataSource) {
    try {
      return dataSource.unwrap(HikariDataSource.class);
    } catch (SQLException e) {
      throw new IllegalStateException("Cluster events need the Hikari pool's connection settings", e);
    }
  }

  /**
   * Runs a catch-up; one that fails because of the database is thrown on, so the listener reconnects and runs
   * them all again from the same moment, while any other failure is logged and left, so one broken catch-up
   * cannot stop the listener for good.
   */
  private static void runQuietly(Consumer<Instant> catchUp, Instant since) {
    try {
      catchUp.accept(since);
    } catch (RuntimeException failed) {
      if (TransientDatabaseFailures.isTransient(failed)) {
        throw failed;
      }
      log.error("A catch-up after reconnecting failed", failed);
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException ignored) {
      // Closing on shutdown; nothing more to do.
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
