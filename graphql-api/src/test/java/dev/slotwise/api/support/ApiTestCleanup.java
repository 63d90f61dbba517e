package dev.slotwise.api.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Undoes after each {@link ApiTest} what one test may change for all that share the application: the clock goes
 * back to real time and the mailbox is emptied. Extensions are not part of the context's configuration, so this
 * costs no second context.
 */
public final class ApiTestCleanup implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext extension) {
    ApplicationContext context = SpringExtension.getApplicationContext(extension);
    context.getBean(TestClock.class).reset();
    context.getBean(Mailbox.class).purge();
  }
}
