package dev.slotwise.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A one-line description of the machine and JVM, for the report. */
final class Machine {
  private Machine() {}

  static String describe() throws IOException {
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(total -> String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(total.replaceAll("[^0-9]", ""))
            / 1048576.0))
        .orElse("memory not known");
    return String.format(Locale.ROOT, "%d cores (%s), %s, %s %s; %s %s", Runtime.getRuntime().availableProcessors(),
        cpu, memory, System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("java.vm.vendor"), Runtime.version());
  }

  private static Optional<String> firstValue(Path file, String key) throws IOException {
    if (!Files.isReadable(file)) {
      return Optional.empty();
    }
    return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
  }
}
