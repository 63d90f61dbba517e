package dev.slotwise.api.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server per test JVM, on a free port, accepting mail for any address without a password.
 * Read what it received through {@link Mailbox}.
 */
public final class SmtpTestServer {
  private static GreenMail server;

  private SmtpTestServer() {}

  /**
   * The server, started on first use and stopped when the JVM exits.
   *
   * @return the running server
   */
  public static synchronized GreenMail get() {
    if (server == null) {
      GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
      server = greenMail;
    }
    return server;
  }

  /**
   * The {@code spring.mail.*} properties that point an application at the server.
   *
   * @return host and port, by property name
   */
  public static Map<String, Object> mailProperties() {
    GreenMail smtp = get();
    return Map.of("spring.mail.host", smtp.getSmtp().getBindTo(), "spring.mail.port", smtp.getSmtp().getPort());
  }

  /**
   * Points {@code spring.mail.*} at the server before the context reads its configuration. An initializer, not a
   * {@code DynamicPropertyRegistrar}: Spring Boot decides whether to create a mail sender from
   * {@code spring.mail.host} while it reads the configuration, before registrars run.
   */
  public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getEnvironment().getPropertySources()
          .addFirst(new MapPropertySource("smtpTestServer", mailProperties()));
    }
  }
}
