package dev.slotwise.api.hardening;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Cuts every connection the application holds to its database, again and again, as a failover or an
 * administrator's {@code pg_terminate_backend} would: the pool's connections and the cluster-events listener
 * alike. It cuts at the start and then each time the load has made some progress, so that the cuts spread over
 * the load however fast the machine runs it. It works over a connection of its own, which it spares.
 */
final class ConnectionCutter implements AutoCloseable {
  private static final String CUT = """
      select application_name, pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'""";

  /** How often the cutter looks at the load's progress. */
  private static final Duration LOOK_EVERY = Duration.ofMillis(10);

  private final Connection own;
  private final LongSupplier progress;
  private final long step;
  private final Thread thread;
  private final AtomicInteger rounds = new AtomicInteger();
  private final AtomicInteger cut = new AtomicInteger();
  private final AtomicInteger listenerCuts = new AtomicInteger();
  private volatile boolean running = true;
  private volatile Instant lastCut;
  private volatile Throwable failure;

  /**
   * Starts cutting.
   *
   * @param jdbcUrl the application's database
   * @param progress how far the load has come, such as the requests answered so far
   * @param step how much further it must come before the next round of cuts
   */
  ConnectionCutter(String jdbcUrl, LongSupplier progress, long step) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("ApplicationName", "slotwise-connection-cutter");
    this.own = DriverManager.getConnection(jdbcUrl, properties);
    this.progress = progress;
    this.step = step;
    this.thread = new Thread(this::cutUntilStopped, "connection-cutter");
    thread.setDaemon(true);
    thread.start();
  }

  private void cutUntilStopped() {
    long next = progress.getAsLong();
    try (Statement statement = own.createStatement()) {
      while (running) {
        if (progress.getAsLong() < next) {
          Thread.sleep(LOOK_EVERY);
          continue;
        }
        try (ResultSet terminated = statement.executeQuery(CUT)) {
          while (terminated.next()) {
            if (terminated.getBoolean(2)) {
              cut.incrementAndGet();
              if ("slotwise-cluster-events".equals(terminated.getString(1))) {
                listenerCuts.incrementAndGet();
              }
            }
          }
        }
        rounds.incrementAndGet();
        lastCut = Instant.now();
        next = progress.getAsLong() + step;
      }
    } catch (SQLException | RuntimeException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops cutting; the application's connections are left to heal. */
  @Override
  public void close() throws SQLException {
    running = false;
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    own.close();
    if (failure != null) {
      throw new IllegalStateException("The connection cutter itself failed", failure);
    }
  }

  int rounds() {
    return rounds.get();
  }

  /** Connections terminated, in all. */
  int connectionsCut() {
    return cut.get();
  }

  /** How often the cluster-events listener was among them. */
  int listenerCuts() {
    return listenerCuts.get();
  }

  Instant lastCut() {
    return lastCut;
  }
}
