package dev.slotwise.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used by the API's JVM, by its PostgreSQL server (the postmaster and every process under it) and by
 * this driver, read from /proc. Divided by the requests of a run, it says what one request costs each of them:
 * a figure that holds even where the machine is shared, where throughput does not.
 */
final class CpuMeter {
  /** Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every architecture Java runs on. */
  private static final double MILLIS_PER_TICK = 10;

  private final long apiPid;
  private final String databaseDirectory;

  CpuMeter(long apiPid, Path databaseDirectory) {
    this.apiPid = apiPid;
    this.databaseDirectory = databaseDirectory.toAbsolutePath().toString();
  }

  static boolean available() {
    return Files.isReadable(Path.of("/proc/self/stat"));
  }

  /**
   * CPU milliseconds used so far.
   *
   * @param api by the API's JVM
   * @param database by the PostgreSQL processes alive now (connections are pooled, so they live through a run)
   * @param driver by this JVM, the load's client
   */
  record Sample(double api, double database, double driver) {
    Sample minus(Sample earlier) {
      return new Sample(api - earlier.api, database - earlier.database, driver - earlier.driver);
    }
  }

  Sample sample() {
    if (!available()) {
      return new Sample(0, 0, 0);
    }
    try {
      long postmaster = postmasterPid();
      double database = 0;
      for (long pid : processes()) {
        if (pid == postmaster || parentOf(pid) == postmaster) {
          database += ticks(pid);
        }
      }
      return new Sample(ticks(apiPid) * MILLIS_PER_TICK, database * MILLIS_PER_TICK,
          ticks(ProcessHandle.current().pid()) * MILLIS_PER_TICK);
    } catch (IOException | RuntimeException unreadable) {
      return new Sample(0, 0, 0);
    }
  }

  private long postmasterPid() throws IOException {
    // PostgreSQL writes its pid on the first line of postmaster.pid in its data directory.
    return Long.parseLong(Files.readAllLines(Path.of(databaseDirectory, "postmaster.pid")).get(0).strip());
  }

  private static List<Long> processes() throws IOException {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
          .forEach(name -> pids.add(Long.parseLong(name)));
    }
    return pids;
  }

  /** Fields after the command name, which is in parentheses and may hold spaces. */
  private static String[] statFields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException gone) {
      return null;
    }
  }

  private static long parentOf(long pid) {
    String[] fields = statFields(pid);
    return fields == null ? -1 : Long.parseLong(fields[1]);
  }

  /** utime + stime (fields 14 and 15 of /proc/pid/stat; 12 and 13 after the command name). */
  private static long ticks(long pid) {
    String[] fields = statFields(pid);
    return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
