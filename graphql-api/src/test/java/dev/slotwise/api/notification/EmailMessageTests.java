package dev.slotwise.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A message goes to exactly one address, under a one-line subject: nothing can smuggle in a header. */
class EmailMessageTests {

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.com", "ada+slotwise@mail.example.co.uk", "o'brien@example.ie"})
  void acceptsOneAddress(String to) {
    assertThatNoException().isThrownBy(() -> new EmailMessage(to, "Hello", "Text"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ada", "ada@example.com, eve@example.com", "Ada <ada@example.com>",
      "ada@example.com\r\nBcc: eve@example.com", "ada @example.com", "ada@@example.com"})
  void refusesAnythingButOneAddress(String to) {
    assertThatIllegalArgumentException().isThrownBy(() -> new EmailMessage(to, "Hello", "Text"))
        .withMessageContaining("to must be one email address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Hello\r\nBcc: eve@example.com", "Two\nlines"})
  void refusesASubjectThatIsNotOneLine(String subject) {
    assertThatIllegalArgumentException().isThrownBy(() -> new EmailMessage("ada@example.com", subject, "Text"))
        .withMessageContaining("subject must be one non-blank line");
  }

  @Test
  void printsNeitherSubjectNorBody() {
    EmailMessage message = new EmailMessage("ada@example.com", "Your code: 402913", "Your code is 402913.");

    assertThat(message.toString()).contains("ada@example.com").doesNotContain("402913");
  }
}
