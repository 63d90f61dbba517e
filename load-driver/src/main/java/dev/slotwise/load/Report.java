package dev.slotwise.load;

import dev.slotwise.load.Auditor.Audit;
import dev.slotwise.load.LoadRun.Result;
import dev.slotwise.load.ServerProcess.Heap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run, as Markdown: the "GraphQL API (load driver)" section of docs/benchmarks.md, which it
 * replaces to the end of the file, and the headline block of the README between its markers.
 */
record Report(LoadSettings settings, List<String> serverArguments, String machine, String postgresVersion,
    Duration startup, Duration seeding, List<Scenario> scenarios, Audit audit, Heap heapAfterLoad,
    Heap liveHeapAfterLoad, Duration restart, boolean dataKeptOverRestart, ZonedDateTime finishedAt) {

  static final String SECTION = "## GraphQL API (load driver)";
  static final String README_START = "<!-- load-figures:start (written by the load driver) -->";
  static final String README_END = "<!-- load-figures:end -->";
  static final double SLOTS_7_TARGET = 0.40;
  static final double SLOTS_31_TARGET = 0.20;
  static final double BOOKINGS_TARGET = 300;
  static final double P99_TARGET_MILLIS = 50;

  /**
   * One scenario: at its maximum throughput (closed loop) and at half of it (open loop), and the CPU time one
   * request cost at the maximum.
   */
  record Scenario(Result maximum, Result half, CpuMeter.Sample cpuPerRequest) {}

  private Scenario floor() {
    return scenarios.get(0);
  }

  private double ratio(Scenario scenario) {
    return scenario.maximum().throughput() / floor().maximum().throughput();
  }

  private List<String> targets() {
    List<String> lines = new ArrayList<>();
    lines.add(check(ratio(scenarios.get(1)) >= SLOTS_7_TARGET, "`availableSlots` over 7 days at %.0f%% of the "
        + "floor's throughput (target 40%% or more)", 100 * ratio(scenarios.get(1))));
    lines.add(check(ratio(scenarios.get(2)) >= SLOTS_31_TARGET, "`availableSlots` over 31 days at %.0f%% of the "
        + "floor's throughput (target 20%% or more)", 100 * ratio(scenarios.get(2))));
    lines.add(check(scenarios.get(3).maximum().throughput() >= BOOKINGS_TARGET, "`bookSlot` at %.0f per second "
        + "with 32 clients (target 300 or more)", scenarios.get(3).maximum().throughput()));
    double worstP99 = scenarios.stream().mapToDouble(s -> s.half().percentileMillis(99)).max().orElseThrow();
    lines.add(check(worstP99 < P99_TARGET_MILLIS, "p99 at half the maximum throughput: at most %.1f ms over all "
        + "scenarios (target under 50 ms)", worstP99));
    lines.add(check(audit.clean(), "%d double bookings, %d lost bookings, %d bookings no client was told of "
        + "(target 0 each)", audit.overlapping() + audit.doubleWins(), audit.missing(), audit.unacknowledged()));
    return lines;
  }

  private static String check(boolean met, String format, Object... values) {
    return (met ? "- **met**: " : "- **missed**: ") + String.format(Locale.ROOT, format, values);
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(SECTION).append("\n\n");
    out.append("Written by the load driver (`load-driver/`) on ")
        .append(finishedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append(". Reproduce with:\n\n")
        .append("```\n./mvnw -Pload verify\n```\n\n")
        .append("It packages the API without running tests, starts its jar (`java -jar`, default JVM settings) on ")
        .append("embedded PostgreSQL with durable settings (fsync and synchronous commit on, as `spring-boot:run` ")
        .append("keeps data), seeds it, drives load over HTTP from a second JVM on the same machine, and rewrites ")
        .append("this section and the README's headline figures. Options: ")
        .append("`-Dload.args=\"warmup=15s measure=20s concurrency=8 hosts=1000 bookings=20000 seed=20261124\"` ")
        .append("(the defaults). Raw output: `load-driver/target/load/`.\n\n");
    out.append("**Machine:** ").append(machine).append("; PostgreSQL ").append(postgresVersion)
        .append(". Client and server share the machine's cores.\n\n");
    out.append("**Data:** ").append(String.format(Locale.ROOT, "%,d", settings.hosts()))
        .append(" hosts in 8 time zones, each with a schedule (Mon–Fri 09:00–17:00, one day off) and two event ")
        .append("types (\"30min\": 30 or 60 minutes, a 10-minute buffer after, one-hour notice); ")
        .append(String.format(Locale.ROOT, "%,d", settings.bookings()))
        .append(" bookings over the next three months (one in twenty cancelled), written in ")
        .append(seeding.toMillis()).append(" ms. Guests verify their email through the API (codes by SMTP to a ")
        .append("GreenMail server). The only settings changed from the defaults raise the per-address limits on ")
        .append("code emails and code checks, since every guest here comes from 127.0.0.1: `")
        .append(String.join(" ", serverArguments.subList(2, serverArguments.size()))).append("`.\n\n");

    out.append("**Method:** the three read scenarios first run for ").append(settings.warmup().toSeconds())
        .append(" s each, uncounted, so that the JIT has compiled the path every request shares; then each ")
        .append("scenario is warmed up for ").append(settings.warmup().toSeconds())
        .append(" s, then run for ").append(settings.measure().toSeconds())
        .append(" s in a closed loop (each client sends its next request when the last is answered: the maximum ")
        .append("throughput), then ").append(settings.measure().toSeconds())
        .append(" s in an open loop at half that rate, with latency counted from when each request was due, so ")
        .append("that queueing is not hidden. Latencies are end to end over HTTP/1.1 keep-alive connections.\n\n");

    out.append("| Scenario | Clients | Throughput | vs floor | p50 | p99 | Half rate | p50 | p99 | Refused | Errors "
        + "| CPU per request: API, PostgreSQL, driver |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Scenario scenario : scenarios) {
      Result max = scenario.maximum();
      Result half = scenario.half();
      out.append(String.format(Locale.ROOT,
          "| %s | %d | %,.0f/s | %.0f%% | %.2f ms | %.2f ms | %,.0f/s | %.2f ms | %.2f ms | %,d | %d "
              + "| %.2f, %.2f, %.2f ms |%n",
          max.workload().replace("{", "`{").replace("}", "}`"), max.clients(), max.throughput(),
          100 * ratio(scenario), max.percentileMillis(50), max.percentileMillis(99), half.targetRate(),
          half.percentileMillis(50), half.percentileMillis(99), max.refused() + half.refused(),
          max.errors() + half.errors(), scenario.cpuPerRequest().api(), scenario.cpuPerRequest().database(),
          scenario.cpuPerRequest().driver()));
    }
    out.append("\n\"Refused\" counts the racing clients that lost a time (`CONFLICTS_WITH_BOOKING` or ")
        .append("`BUFFER_CONFLICT`), as they must: in each round 64 clients ask for the same 10 starts of one ")
        .append("host. \"Errors\" counts anything else: a transport failure, a status other than 200, a GraphQL ")
        .append("error, or a refusal where none was due. CPU per request is the CPU time each process used during ")
        .append("the closed-loop run (from /proc), divided by the requests: it holds where throughput depends on ")
        .append("what else the machine runs.\n\n");

    out.append("**Targets** (2 cores, client and server together):\n\n");
    targets().forEach(line -> out.append(line).append('\n'));
    out.append('\n');

    out.append("**Bookings audited** against the database after the load: ")
        .append(String.format(Locale.ROOT, "%,d", audit.acknowledged()))
        .append(" acknowledged to clients, all stored and confirmed; ")
        .append(audit.overlapping()).append(" pairs of overlapping active bookings; ")
        .append(audit.doubleWins()).append(" starts won twice; ").append(audit.unacknowledged())
        .append(" stored bookings no client was told of; ")
        .append(String.format(Locale.ROOT, "%,d", audit.stored())).append(" bookings stored in all.\n\n");

    out.append("**Footprint** of the API's process:\n\n")
        .append("- start-up to ready (`/actuator/health/readiness` UP, from launching `java -jar`, including ")
        .append("creating and starting the embedded database and migrating it): ")
        .append(String.format(Locale.ROOT, "%.1f s%n", startup.toMillis() / 1000.0))
        .append("- restart to ready on the kept data: ")
        .append(String.format(Locale.ROOT, "%.1f s", restart.toMillis() / 1000.0))
        .append(dataKeptOverRestart ? ", with every booking still there\n" : ", **with bookings missing**\n")
        .append(String.format(Locale.ROOT, "- heap after the load: %s in use, %s committed, %s maximum%n",
            mib(heapAfterLoad.used()), mib(heapAfterLoad.committed()), mib(heapAfterLoad.max())))
        .append(String.format(Locale.ROOT, "- live heap after a full collection (`jcmd GC.run`): %s; resident "
            + "set of the JVM: %s (the embedded PostgreSQL's processes are not counted)%n",
            mib(liveHeapAfterLoad.used()), liveHeapAfterLoad.residentSet() < 0 ? "not known here"
                : mib(liveHeapAfterLoad.residentSet())));
    return out.toString();
  }

  /** The README's block: the headline figures and where the rest are. */
  String headline() {
    Scenario floor = scenarios.get(0);
    Scenario slots7 = scenarios.get(1);
    Scenario slots31 = scenarios.get(2);
    Scenario bookings = scenarios.get(3);
    Scenario race = scenarios.get(4);
    return String.format(Locale.ROOT, """
        %s
        Measured by `./mvnw -Pload verify` on %s (client and server together; 1,000 hosts, 20,000 bookings):

        | | Throughput | p99 at half of it |
        | --- | ---: | ---: |
        | `{ __typename }` (the floor) | %,.0f/s | %.1f ms |
        | `availableSlots`, 7 days | %,.0f/s (%.0f%% of the floor) | %.1f ms |
        | `availableSlots`, 31 days | %,.0f/s (%.0f%% of the floor) | %.1f ms |
        | `bookSlot`, 32 clients on distinct times | %,.0f/s | %.1f ms |
        | `bookSlot`, 64 clients racing for 10 times | %,.0f/s | %.1f ms |

        %s double bookings over %,d acknowledged bookings. Ready %.1f s after `java -jar`; %s of live heap after
        the load. Method, machine and more figures: [docs/benchmarks.md](docs/benchmarks.md#graphql-api-load-driver).
        %s""", README_START, machine.split(";")[0], floor.maximum().throughput(), floor.half().percentileMillis(99),
        slots7.maximum().throughput(), 100 * ratio(slots7), slots7.half().percentileMillis(99),
        slots31.maximum().throughput(), 100 * ratio(slots31), slots31.half().percentileMillis(99),
        bookings.maximum().throughput(), bookings.half().percentileMillis(99), race.maximum().throughput(),
        race.half().percentileMillis(99), audit.overlapping() + audit.doubleWins() == 0 ? "No"
            : Long.toString(audit.overlapping() + audit.doubleWins()),
        audit.acknowledged(), startup.toMillis() / 1000.0, mib(liveHeapAfterLoad.used()), README_END);
  }

  String summary() {
    return String.join("\n", targets());
  }

  void write(Path benchmarks, Path readme) throws IOException {
    String document = Files.readString(benchmarks);
    int section = document.indexOf(SECTION);
    String before = section < 0 ? document.stripTrailing() + "\n\n" : document.substring(0, section);
    Files.writeString(benchmarks, before + markdown());
    if (readme == null) {
      return;
    }
    String text = Files.readString(readme);
    int start = text.indexOf(README_START);
    int end = text.indexOf(README_END);
    if (start < 0 || end < start) {
      System.err.println("load: " + readme + " has no " + README_START + " ... " + README_END
          + " block; its figures were not updated");
      return;
    }
    Files.writeString(readme, text.substring(0, start) + headline() + text.substring(end + README_END.length()));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", Math.round(bytes / 1048576.0));
  }

  /** Collects the figures as the run produces them. */
  static final class Builder {
    private final LoadSettings settings;
    private final List<String> serverArguments;
    private final List<Scenario> scenarios = new ArrayList<>();
    private String postgresVersion;
    private Duration startup;
    private Duration seeding;
    private Audit audit;
    private Heap heapAfterLoad;
    private Heap liveHeapAfterLoad;
    private Duration restart;
    private boolean dataKept;

    Builder(LoadSettings settings, List<String> serverArguments) {
      this.settings = settings;
      this.serverArguments = serverArguments;
    }

    void postgresVersion(String version) {
      postgresVersion = version;
    }

    void startup(Duration value) {
      startup = value;
    }

    void seeding(Duration value) {
      seeding = value;
    }

    void scenario(Scenario scenario) {
      scenarios.add(scenario);
    }

    void audit(Audit value) {
      audit = value;
    }

    Audit audit() {
      return audit;
    }

    void heapAfterLoad(Heap heap) {
      heapAfterLoad = heap;
    }

    void liveHeapAfterLoad(Heap heap) {
      liveHeapAfterLoad = heap;
    }

    void restart(Duration value, boolean dataKeptOverRestart) {
      restart = value;
      dataKept = dataKeptOverRestart;
    }

    Report build() throws IOException {
      return new Report(settings, serverArguments, Machine.describe(), postgresVersion, startup, seeding,
          List.copyOf(scenarios), audit, heapAfterLoad, liveHeapAfterLoad, restart, dataKept,
          ZonedDateTime.now(ZoneOffset.UTC));
    }
  }
}
