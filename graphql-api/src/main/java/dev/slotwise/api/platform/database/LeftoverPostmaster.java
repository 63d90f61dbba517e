package dev.slotwise.api.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed run leaves in a kept data directory, before the embedded server starts there again.
 *
 * <p>The embedded server runs as its own process. When the application is killed outright (kill -9, a crashed
 * IDE), nobody stops it: it keeps the data directory and its {@code postmaster.pid}, and the next start fails
 * with "lock file postmaster.pid already exists". A server left like that belongs to no running application,
 * which the embedded library's own lock file ({@value #LIBRARY_LOCK_FILE}) tells: a running application holds a
 * lock on it, and the operating system drops the lock with the process that held it.
 */
final class LeftoverPostmaster {
  private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

  /** The file io.zonky's EmbeddedPostgres locks in the data directory while it runs a server there. */
  static final String LIBRARY_LOCK_FILE = "epg-lock";
  private static final String PID_FILE = "postmaster.pid";

  private LeftoverPostmaster() {}

  /**
   * Stops a server a killed run left in {@code dataDirectory}, or removes its stale pid file.
   *
   * @param dataDirectory the data directory about to be used
   * @param patience how long to wait for a left-over server to stop
   * @throws IllegalStateException when another running application uses the directory, or a left-over server
   *     cannot be stopped; the message says what to do
   */
  static void clear(Path dataDirectory, Duration patience) {
    Path pidFile = dataDirectory.resolve(PID_FILE);
    if (!Files.exists(pidFile)) {
      return;
    }
    requireNoRunningOwner(dataDirectory);
    Optional<Long> pid = readPid(pidFile);
    Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      log.info("Removing the stale {} in {}: the server that wrote it is gone", PID_FILE, dataDirectory);
      deleteQuietly(pidFile);
      return;
    }
    Optional<String> command = process.get().info().command();
    if (command.isPresent() && !isPostgres(command.get())) {
      // The pid was reused by an unrelated process after a reboot; the file says nothing about a live server.
      log.info("Removing the stale {} in {}: its process id now belongs to {}", PID_FILE, dataDirectory,
          command.get());
      deleteQuietly(pidFile);
      return;
    }
    if (command.isEmpty()) {
      throw new IllegalStateException("PostgreSQL data directory " + dataDirectory + " is in use by process "
          + pid.get() + ", which this application cannot inspect. Stop that process, or set "
          + "slotwise.embedded-postgres.data-directory to another directory.");
    }
    stop(process.get(), dataDirectory, patience);
  }

  private static void requireNoRunningOwner(Path dataDirectory) {
    Path lockFile = dataDirectory.resolve(LIBRARY_LOCK_FILE);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw inUse(dataDirectory);
      }
    } catch (OverlappingFileLockException e) {
      // The lock is held inside this very JVM: another application context runs a server there.
      throw inUse(dataDirectory);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot check whether PostgreSQL data directory " + dataDirectory
          + " is in use: " + e.getMessage(), e);
    }
  }

  private static IllegalStateException inUse(Path dataDirectory) {
    return new IllegalStateException("PostgreSQL data directory " + dataDirectory + " is in use by another "
        + "running Slotwise application. Stop it, or set slotwise.embedded-postgres.data-directory to another "
        + "directory (blank for throw-away data).");
  }

  private static void stop(ProcessHandle server, Path dataDirectory, Duration patience) {
    log.warn("Stopping the PostgreSQL server (pid {}) that an earlier run left in {} when it was killed",
        server.pid(), dataDirectory);
    // SIGTERM: PostgreSQL's smart shutdown, which finishes at once because the killed run's connections are gone.
    server.destroy();
    try {
      server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") left running in "
          + dataDirectory + " did not stop within " + patience + ". Stop it by hand and start again.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a left-over PostgreSQL server to stop", e);
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(String command) {
    String name = Path.of(command).getFileName().toString();
    return name.equals("postgres") || name.equals("postgres.exe");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", file, e.getMessage());
    }
  }
}
