package dev.slotwise.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The beans {@link ApiTest} adds to the application. */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

  /** Replaces the application's clock wherever a {@code Clock} is injected, being primary. */
  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }

  @Bean
  Mailbox mailbox() {
    return new Mailbox(SmtpTestServer.get());
  }
}
