package dev.slotwise.load;

import dev.slotwise.load.GuestTokens.Guest;
import dev.slotwise.load.LoadRun.Result;
import dev.slotwise.load.Seeder.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One run of the API's load figures: start the jar on embedded PostgreSQL, seed it, measure each scenario at its
 * maximum throughput and at half of it, audit the bookings, read the footprint, restart, and write the report.
 * Exits with 1 if the audit finds a double booking or a lost one; a missed target is reported, not fatal.
 */
public final class LoadDriver {

  private LoadDriver() {}

  public static void main(String[] arguments) throws Exception {
    LoadSettings settings = LoadSettings.parse(arguments);
    Report report = run(settings);
    if (!settings.only().isEmpty()) {
      System.out.println("load: a partial run (only=" + settings.only() + "); no report written");
      System.exit(report.audit().clean() ? 0 : 1);
    }
    report.write(settings.report(), settings.readme());
    System.out.println(report.summary());
    if (!report.audit().clean()) {
      System.err.println("load: the audit failed: " + report.audit());
      System.exit(1);
    }
  }

  static Report run(LoadSettings settings) throws Exception {
    Path work = settings.work();
    deleteRecursively(work);
    Files.createDirectories(work);
    Path log = work.resolve("server.log");
    Path data = work.resolve("postgres");
    int databasePort = ServerProcess.freePort();
    int smtpPort = ServerProcess.freePort();
    // The load comes from one address, 127.0.0.1, where real guests come from many: the per-address limits on
    // code emails and code checks are raised for the 96 guests. No other setting differs from the defaults.
    List<String> serverArguments = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--slotwise.identity.limits.code-requests-per-address=1000",
        "--slotwise.identity.limits.code-checks-per-address=1000");
    LocalDate today = Seeder.today();
    Report.Builder report = new Report.Builder(settings, serverArguments);

    try (GuestTokens mail = new GuestTokens(smtpPort)) {
      List<Host> hosts;
      Workloads.Ledger ledger = new Workloads.Ledger();
      try (ServerProcess server = ServerProcess.start(settings.jar(), settings.jvmOptions(), data, databasePort, log, serverArguments)) {
        report.startup(server.startup());
        progress("API ready in %d ms (pid %d, database %s)", server.startup().toMillis(), server.pid(),
            server.jdbcUrl());
        report.postgresVersion(Auditor.postgresVersion(server.jdbcUrl()));
        long seeding = System.nanoTime();
        hosts = Seeder.seed(server.jdbcUrl(), settings.hosts(), settings.bookings(), settings.seed(), today);
        report.seeding(Duration.ofNanos(System.nanoTime() - seeding));
        progress("seeded %d hosts and %d bookings", hosts.size(), settings.bookings());

        GraphQlClient api = new GraphQlClient(server.uri("/graphql"));
        List<String> eventTypeIds = eventTypeIds(api, hosts);
        List<Guest> guests = mail.verify(api, IntStream.range(0,
                LoadSettings.BOOKING_CLIENTS + LoadSettings.CONTENDING_CLIENTS)
            .mapToObj(n -> "load-guest-" + n + "@load.slotwise.test").toList());
        progress("%d guests verified by email", guests.size());

        int contentionFrom = settings.hosts() - settings.contentionHosts();
        List<Workload> workloads = List.of(
            Workloads.floor(api),
            Workloads.availableSlots(api, eventTypeIds, 7, today),
            Workloads.availableSlots(api, eventTypeIds, 31, today),
            Workloads.distinctBookings(api, hosts.subList(0, contentionFrom), eventTypeIds,
                guests.subList(0, LoadSettings.BOOKING_CLIENTS), today, ledger, settings.seed()),
            Workloads.contendedBookings(api, hosts.subList(contentionFrom, hosts.size()), eventTypeIds,
                guests.subList(LoadSettings.BOOKING_CLIENTS, guests.size()), LoadSettings.CONTENDED_TIMES, today,
                ledger));
        List<Integer> clients = List.of(settings.concurrency(), settings.concurrency(), settings.concurrency(),
            LoadSettings.BOOKING_CLIENTS, LoadSettings.CONTENDING_CLIENTS);
        CpuMeter cpu = new CpuMeter(server.pid(), data);
        // The floor is measured first, on code the JIT has barely seen; the scenarios after it share most of its
        // path and would be measured on better code. A first round of the read scenarios, not counted, evens that.
        progress("warming up the server's common path for %ds", 3 * settings.warmup().toSeconds());
        for (int i = 0; i < 3; i++) {
          LoadRun.closedLoop(api, workloads.get(i), settings.concurrency(), settings.warmup());
        }
        for (int i = 0; i < workloads.size(); i++) {
          if (settings.runs(LoadSettings.SCENARIOS.get(i))) {
            report.scenario(measure(api, workloads.get(i), clients.get(i), settings, cpu));
          }
        }

        report.audit(Auditor.audit(server.jdbcUrl(), ledger));
        report.heapAfterLoad(server.heap());
        server.collectGarbage();
        report.liveHeapAfterLoad(server.heap());
      }
      long stored = report.audit().stored();
      try (ServerProcess restarted = ServerProcess.start(settings.jar(), settings.jvmOptions(), data, databasePort, log, serverArguments)) {
        report.restart(restarted.startup(), Auditor.bookingCount(restarted.jdbcUrl()) == stored);
        progress("API restarted on its data in %d ms", restarted.startup().toMillis());
      }
    }
    return report.build();
  }

  private static Report.Scenario measure(GraphQlClient api, Workload workload, int clients, LoadSettings settings,
      CpuMeter cpu) throws InterruptedException {
    progress("%s: warming up for %ds", workload.name(), settings.warmup().toSeconds());
    LoadRun.closedLoop(api, workload, clients, settings.warmup());
    CpuMeter.Sample before = cpu.sample();
    Result maximum = LoadRun.closedLoop(api, workload, clients, settings.measure());
    CpuMeter.Sample used = cpu.sample().minus(before);
    CpuMeter.Sample perRequest = new CpuMeter.Sample(used.api() / maximum.completed(),
        used.database() / maximum.completed(), used.driver() / maximum.completed());
    progress("%s: %.0f/s at %d clients, p50 %.2f ms, p99 %.2f ms, %d errors; CPU ms per request: API %.2f, "
        + "PostgreSQL %.2f, driver %.2f", workload.name(), maximum.throughput(), clients,
        maximum.percentileMillis(50), maximum.percentileMillis(99), maximum.errors(), perRequest.api(),
        perRequest.database(), perRequest.driver());
    Result half = LoadRun.openLoop(api, workload, clients, maximum.throughput() / 2, settings.measure());
    progress("%s: at %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors", workload.name(), half.targetRate(),
        half.percentileMillis(50), half.percentileMillis(99), half.errors());
    return new Report.Scenario(maximum, half, perRequest);
  }

  /** The "30min" event type of every host, found as a guest finds it: on the host's public profile. */
  private static List<String> eventTypeIds(GraphQlClient api, List<Host> hosts)
      throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (Host host : hosts) {
      var eventTypes = api.call("query($u: String!) { profile(username: $u) { eventTypes { id slug } } }",
          Map.of("u", host.username()), null).path("profile").path("eventTypes");
      String id = null;
      for (var eventType : eventTypes) {
        if ("30min".equals(eventType.path("slug").asString())) {
          id = eventType.path("id").asString();
        }
      }
      if (id == null) {
        throw new IllegalStateException("The profile of " + host.username() + " has no 30min event type: "
            + eventTypes);
      }
      ids.add(id);
    }
    return ids;
  }

  static void progress(String format, Object... values) {
    System.out.printf("load: " + format + "%n", values);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
