package dev.slotwise.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as its users start it, {@code java -jar}, in a process of its own so that its start-up and heap are
 * its own. Its embedded PostgreSQL keeps data in the work folder (durable settings, as for {@code spring-boot:run})
 * on a port the driver picks, so the driver can seed and audit it.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern HEAP_USED = Pattern.compile(
      "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.Ee+-]+)$", Pattern.MULTILINE);
  private static final Pattern HEAP_COMMITTED = Pattern.compile(
      "^jvm_memory_committed_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.Ee+-]+)$", Pattern.MULTILINE);
  private static final Pattern HEAP_MAX = Pattern.compile(
      "^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.Ee+-]+)$", Pattern.MULTILINE);

  private final Process process;
  private final int httpPort;
  private final int databasePort;
  private final Duration startup;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private ServerProcess(Process process, int httpPort, int databasePort, Duration startup) {
    this.process = process;
    this.httpPort = httpPort;
    this.databasePort = databasePort;
    this.startup = startup;
  }

  /**
   * Starts the jar and waits until it reports itself ready.
   *
   * @param extraArguments settings the load needs beyond the defaults (each is printed in the report)
   */
  static ServerProcess start(Path jar, List<String> jvmOptions, Path dataDirectory, int databasePort, Path log,
      List<String> extraArguments) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No API jar at " + jar + "; run the load from the repository root "
          + "(./mvnw -Pload verify) so that graphql-api is packaged first");
    }
    int httpPort = freePort();
    List<String> command = new ArrayList<>(List.of(javaExecutable()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(),
        "--server.port=" + httpPort, "--slotwise.embedded-postgres.data-directory=" + dataDirectory,
        "--slotwise.embedded-postgres.port=" + databasePort));
    command.addAll(extraArguments);
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    awaitReady(process, URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"),
        Duration.ofMinutes(3), log);
    return new ServerProcess(process, httpPort, databasePort, Duration.ofNanos(System.nanoTime() - started));
  }

  private static void awaitReady(Process process, URI readiness, Duration limit, Path log)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The API exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(readiness)
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notListeningYet) {
        // Polled again below: the port opens late in start-up.
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("The API was not ready within " + limit + "; see " + log);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres?user=postgres";
  }

  Duration startup() {
    return startup;
  }

  long pid() {
    return process.pid();
  }

  /** The heap as the server's own Prometheus endpoint reports it. */
  Heap heap() throws IOException, InterruptedException {
    String metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return new Heap(sum(HEAP_USED, metrics), sum(HEAP_COMMITTED, metrics), sum(HEAP_MAX, metrics),
        residentSetBytes());
  }

  /** Asks the server's JVM for a full collection, so that the heap read next is what is live. */
  void collectGarbage() throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
      throw new IllegalStateException("jcmd GC.run did not succeed for the API's process " + process.pid());
    }
  }

  /** The process's resident memory from /proc (Linux); -1 elsewhere. */
  private long residentSetBytes() throws IOException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  private static long sum(Pattern pattern, String metrics) {
    Matcher matcher = pattern.matcher(metrics);
    double total = 0;
    boolean found = false;
    while (matcher.find()) {
      double value = Double.parseDouble(matcher.group(1));
      if (value > 0) {
        total += value;
      }
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("The API's metrics have no heap figures for " + pattern.pattern());
    }
    return (long) total;
  }

  @Override
  public void close() {
    // SIGTERM: the API shuts down gracefully and its embedded PostgreSQL stops with it.
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Heap figures in bytes.
   *
   * @param used in use at the moment of reading
   * @param committed reserved from the operating system
   * @param max the most the heap may grow to
   * @param residentSet the whole process's resident memory, or -1 where unknown
   */
  record Heap(long used, long committed, long max, long residentSet) {}
}
