package dev.slotwise.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in {@link ApiTest}s, which tests move. It shows the real time (in UTC) until a test
 * {@linkplain #setInstant sets} it, then stands still at that instant until {@linkplain #advance advanced}.
 * {@link ApiTestCleanup} {@linkplain #reset resets} it after every test. Thread-safe.
 */
public final class TestClock extends Clock {
  private final Clock system = Clock.systemUTC();
  private Instant fixed;
  private Duration offset = Duration.ZERO;

  /** Creates a clock that shows the real time. */
  public TestClock() {}

  @Override
  public synchronized Instant instant() {
    return fixed != null ? fixed : system.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock source = this;
    // The same moving time, seen in another zone: a java.time API may ask for that.
    return new Clock() {
      @Override
      public Instant instant() {
        return source.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }
    };
  }

  /**
   * Stops the clock at an instant.
   *
   * @param instant what the clock shows from now on, until advanced or reset
   */
  public synchronized void setInstant(Instant instant) {
    fixed = instant;
  }

  /**
   * Stops the clock at the instant it shows now, so that a test sees no time pass unless it advances it.
   *
   * @return the instant the clock stopped at
   */
  public synchronized Instant freeze() {
    fixed = instant();
    return fixed;
  }

  /**
   * Moves the clock on; a stopped clock stays stopped, a running one runs on from the later time.
   *
   * @param duration how far to move it; negative moves it back
   */
  public synchronized void advance(Duration duration) {
    if (fixed != null) {
      fixed = fixed.plus(duration);
    } else {
      offset = offset.plus(duration);
    }
  }

  /** Back to the real time. */
  public synchronized void reset() {
    fixed = null;
    offset = Duration.ZERO;
  }
}
