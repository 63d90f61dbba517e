/**
 * Email: other modules hand a {@link dev.slotwise.api.notification.EmailMessage} to the
 * {@link dev.slotwise.api.notification.Mailer}. With {@code spring.mail.host} set it goes out over SMTP; without
 * it, outside the {@code production} profile, it is written to the log instead, for development only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package dev.slotwise.api.notification;
