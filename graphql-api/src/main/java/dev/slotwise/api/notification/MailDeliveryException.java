package dev.slotwise.api.notification;

/** The mail server could not be reached, or refused a message. Its message names no recipient and no content. */
public class MailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps the mail library's failure.
   *
   * @param message what failed, without the message's content
   * @param cause the mail library's exception, for the logs
   */
  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
