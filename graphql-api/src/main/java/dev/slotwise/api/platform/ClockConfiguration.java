package dev.slotwise.api.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's one clock: every service reads time from this bean. Outside production it can be pinned to
 * a moment ({@code slotwise.clock.pinned-at}), from which it runs on, so a demo or a test can replay that moment.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockConfiguration.ClockProperties.class)
class ClockConfiguration {

  @Bean
  Clock clock(ClockProperties properties, Environment environment) {
    if (properties.pinnedAt() == null) {
      return Clock.systemUTC();
    }
    if (environment.matchesProfiles("production")) {
      // Spring Boot's failure analysis names the property and where it was set.
      throw new InvalidConfigurationPropertyValueException("slotwise.clock.pinned-at", properties.pinnedAt(),
          "A production server must show the real time: remove the property from the production configuration.");
    }
    Clock system = Clock.systemUTC();
    return Clock.offset(system, Duration.between(system.instant(), properties.pinnedAt()));
  }

  /**
   * @param pinnedAt the instant the clock shows at start-up, instead of the real time; it runs on from there
   */
  @ConfigurationProperties("slotwise.clock")
  record ClockProperties(Instant pinnedAt) {}
}
