package dev.slotwise.api.notification.internal;

import dev.slotwise.api.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the {@link Mailer}. Spring Boot creates a {@link JavaMailSender} exactly when {@code spring.mail.host}
 * is set; without one, development logs the messages and production refuses to start, since a production server
 * that silently sends no sign-in codes would lock everybody out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutgoingMailProperties.class)
class MailerConfiguration {
  private static final Logger log = LoggerFactory.getLogger(MailerConfiguration.class);

  @Bean
  Mailer mailer(ObjectProvider<JavaMailSender> smtp, OutgoingMailProperties properties, Environment environment) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender != null) {
      return new SmtpMailer(sender, properties.from());
    }
    if (environment.matchesProfiles("production")) {
      // Spring Boot's failure analysis turns this into a start-up report naming the property.
      throw new InvalidConfigurationPropertyValueException("spring.mail.host", null,
          "The production profile sends real email (sign-in codes among it) and needs an SMTP server. Set "
              + "spring.mail.host (environment: SPRING_MAIL_HOST) and, as your server needs, spring.mail.port, "
              + "spring.mail.username and spring.mail.password.");
    }
    log.warn("No SMTP server is configured (spring.mail.host): emails are written to the log and NOT sent. "
        + "This is for development only.");
    return new DevelopmentMailer(properties.from());
  }
}
