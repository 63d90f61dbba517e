package dev.slotwise.api.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the email the application sends. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender, with or without a display name, such as {@code Slotwise <no-reply@example.com>}
 */
@ConfigurationProperties("slotwise.mail")
record OutgoingMailProperties(@DefaultValue("Slotwise <no-reply@slotwise.local>") String from) {}
