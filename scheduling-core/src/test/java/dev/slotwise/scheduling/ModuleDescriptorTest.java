package dev.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar's boundary: one exported API package, no module required beyond java.base, Java 17 bytecode. */
class ModuleDescriptorTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void exportsOnlyTheApiAndRequiresNothingButTheJdkBase() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in, ModuleDescriptorTest::compiledPackages);
    }

    assertThat(descriptor.name()).isEqualTo("dev.slotwise.scheduling");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.slotwise.scheduling");
    assertThat(descriptor.exports()).allMatch(export -> !export.isQualified());
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
    assertThat(descriptor.packages()).contains("dev.slotwise.scheduling.internal");
  }

  private static Set<String> compiledPackages() {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(file -> file.toString().endsWith(".class") && !file.endsWith("module-info.class"))
          .map(file -> CLASSES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void classesAreJava17Bytecode() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("dev/slotwise/scheduling/BookingCalendar.class"))) {
      byte[] header = in.readNBytes(8);
      int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
      assertThat(major).as("class file major version").isEqualTo(61);
    }
  }
}
