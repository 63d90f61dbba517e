package dev.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The jar's boundary: one exported API package, no module required beyond java.base, Java 17 bytecode. */
class ModuleDescriptorTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void exportsOnlyTheApiAndRequiresNothingButTheJdkBase() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("dev.slotwise.scheduling");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.slotwise.scheduling");
    assertThat(descriptor.exports()).allMatch(export -> !export.isQualified());
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
    assertThat(descriptor.packages()).contains("dev.slotwise.scheduling.internal");
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
