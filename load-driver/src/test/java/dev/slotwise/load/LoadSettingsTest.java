package dev.slotwise.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

  @Test
  void theMavenProfilesPathsAloneGiveTheDocumentedDefaults() {
    LoadSettings settings = LoadSettings.parse("jar=api.jar", "work=target/load", "report=docs/benchmarks.md");

    assertThat(settings.jar()).isEqualTo(Path.of("api.jar"));
    assertThat(settings.readme()).isNull();
    assertThat(settings.hosts()).isEqualTo(1000);
    assertThat(settings.bookings()).isEqualTo(20000);
    assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.measure()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.concurrency()).isEqualTo(8);
    assertThat(settings.only()).isEmpty();
    assertThat(settings.runs("race")).isTrue();
  }

  @Test
  void eachJvmArgumentIsOneOptionEvenWithCommas() {
    LoadSettings settings = LoadSettings.parse("jar=a", "work=w", "report=r", "only=floor,book",
        "jvm=-XX:StartFlightRecording=filename=api.jfr,settings=profile", "jvm=-Xmx1g", "measure=500ms");

    assertThat(settings.jvmOptions()).containsExactly("-XX:StartFlightRecording=filename=api.jfr,settings=profile",
        "-Xmx1g");
    assertThat(settings.only()).isEqualTo(List.of("floor", "book"));
    assertThat(settings.runs("slots7")).isFalse();
    assertThat(settings.measure()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> LoadSettings.parse("jar=a", "work=w")).hasMessageContaining("report");
    assertThatThrownBy(() -> LoadSettings.parse("jar=a", "work=w", "report=r", "hots=10"))
        .hasMessageContaining("[hots]");
    assertThatThrownBy(() -> LoadSettings.parse("jar=a", "work=w", "report=r", "only=floors"))
        .hasMessageContaining("floors");
    assertThatThrownBy(() -> LoadSettings.parse("jar=a", "work=w", "report=r", "hosts=15"))
        .hasMessageContaining("multiple of 10");
    assertThatThrownBy(() -> LoadSettings.parse("jar=a", "work=w", "report=r", "warmup=10"))
        .hasMessageContaining("20s");
  }
}
