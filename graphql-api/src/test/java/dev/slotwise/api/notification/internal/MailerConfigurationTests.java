package dev.slotwise.api.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.notification.EmailMessage;
import dev.slotwise.api.notification.Mailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which mailer runs where: SMTP when configured, the log in development, nothing at all in production. */
@ExtendWith(OutputCaptureExtension.class)
class MailerConfigurationTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(MailerConfiguration.class);

  @Test
  void usesSmtpWhenAHostIsConfigured() {
    runner.withPropertyValues("spring.mail.host=smtp.example.com")
        .withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
        .run(context -> assertThat(context).getBean(Mailer.class).isInstanceOf(SmtpMailer.class));
  }

  @Test
  void logsMessagesWithTheirBodyAndSendsNothingWithoutAHostOutsideProduction(CapturedOutput output) {
    runner.run(context -> {
      Mailer mailer = context.getBean(Mailer.class);
      assertThat(mailer).isInstanceOf(DevelopmentMailer.class);

      mailer.send(new EmailMessage("ada@example.com", "Your Slotwise code", "Your code is 402913."));

      assertThat(output).contains("DEVELOPMENT ONLY", "NOT sent", "ada@example.com", "Your Slotwise code",
          "Your code is 402913.", "Slotwise <no-reply@slotwise.local>");
    });
  }

  @Test
  void refusesToStartWithoutAHostInProduction() {
    runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
            .hasMessageContaining("spring.mail.host")
            .hasMessageContaining("SPRING_MAIL_HOST"));
  }

  @Test
  void sendsFromTheConfiguredAddress(CapturedOutput output) {
    runner.withPropertyValues("slotwise.mail.from=Bookings <bookings@example.com>").run(context -> {
      context.getBean(Mailer.class).send(new EmailMessage("ada@example.com", "Hello", "Text"));
      assertThat(output).contains("Bookings <bookings@example.com>");
    });
  }
}
