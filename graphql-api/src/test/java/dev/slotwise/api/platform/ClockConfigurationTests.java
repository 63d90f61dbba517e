package dev.slotwise.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's one clock, real or pinned, and never pinned in production. */
class ClockConfigurationTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(ClockConfiguration.class);

  @Test
  void showsTheRealTimeInUtcByDefault() {
    runner.run(context -> {
      Clock clock = context.getBean(Clock.class);
      assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
      assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    });
  }

  @Test
  void startsAtThePinnedInstantAndRunsOnOutsideProduction() {
    runner.withPropertyValues("slotwise.clock.pinned-at=2026-03-09T09:00:00Z").run(context -> {
      Instant shown = context.getBean(Clock.class).instant();
      assertThat(shown).isBetween(Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-03-09T09:01:00Z"));
    });
  }

  @Test
  void refusesAPinnedClockInProduction() {
    runner.withPropertyValues("slotwise.clock.pinned-at=2026-03-09T09:00:00Z")
        .withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
            .hasMessageContaining("slotwise.clock.pinned-at")
            .hasMessageContaining("real time"));
  }

  @Test
  void showsTheRealTimeInProduction() {
    runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Clock.class));
  }
}
