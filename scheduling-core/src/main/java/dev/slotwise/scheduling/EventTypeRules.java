package dev.slotwise.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules of what a guest books: the meeting's possible lengths, the grid its starts sit on, the buffers kept
 * clear around it, how soon and how far ahead it may be booked, and how many may be booked a day or a week.
 * Bounds follow the scheduling rules: durations and the slot interval 5 to 720 minutes, buffers 0 to 720,
 * minimum notice 0 to 525,600 (a year), all in whole minutes.
 *
 * <p>Immutable and thread-safe. Made with {@link #builder()}.
 */
public final class EventTypeRules {
  /** Shortest and longest meeting, in minutes. */
  public static final int MIN_DURATION_MINUTES = 5;
  /** Longest meeting and widest slot interval, in minutes. */
  public static final int MAX_DURATION_MINUTES = 720;
  /** Longest buffer, in minutes. */
  public static final int MAX_BUFFER_MINUTES = 720;
  /** Longest minimum notice, in minutes: a year. */
  public static final int MAX_NOTICE_MINUTES = 525_600;

  private final List<Duration> durations;
  private final Duration defaultDuration;
  private final Duration slotInterval;
  private final Duration bufferBefore;
  private final Duration bufferAfter;
  private final Duration minimumNotice;
  private final BookingWindow bookingWindow;
  private final OptionalInt dailyLimit;
  private final OptionalInt weeklyLimit;

  private EventTypeRules(Builder builder) {
    List<Duration> given = Require.elements("durations", builder.durations);
    if (given.isEmpty()) {
      throw new SchedulingInputException("durations", "must hold at least one duration", given);
    }
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      Require.minutes("durations[" + i + "]", given.get(i), MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
      if (!seen.add(given.get(i))) {
        throw new SchedulingInputException("durations[" + i + "]", "must differ from the other durations",
            Require.describe(given.get(i)));
      }
    }
    durations = given;
    defaultDuration = builder.defaultDuration == null ? given.get(0) : builder.defaultDuration;
    if (!durations.contains(defaultDuration)) {
      throw new SchedulingInputException("defaultDuration", "must be one of the durations " + describe(durations),
          Require.describe(defaultDuration));
    }
    slotInterval = builder.slotInterval == null ? defaultDuration : builder.slotInterval;
    Require.minutes("slotInterval", slotInterval, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
    bufferBefore = builder.bufferBefore;
    Require.minutes("bufferBefore", bufferBefore, 0, MAX_BUFFER_MINUTES);
    bufferAfter = builder.bufferAfter;
    Require.minutes("bufferAfter", bufferAfter, 0, MAX_BUFFER_MINUTES);
    minimumNotice = builder.minimumNotice;
    Require.minutes("minimumNotice", minimumNotice, 0, MAX_NOTICE_MINUTES);
    bookingWindow = Require.notNull("bookingWindow", builder.bookingWindow);
    dailyLimit = builder.dailyLimit;
    weeklyLimit = builder.weeklyLimit;
  }

  /**
   * A builder with these defaults: the first duration is the default, the slot interval is the default duration,
   * no buffers, no minimum notice, a rolling booking window of 60 days, and no limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the meeting lengths a guest may choose, in the order given} */
  public List<Duration> durations() {
    return durations;
  }

  /** {@return the length offered when a guest does not choose} */
  public Duration defaultDuration() {
    return defaultDuration;
  }

  /** {@return the step between candidate starts} */
  public Duration slotInterval() {
    return slotInterval;
  }

  /** {@return time kept clear before each meeting} */
  public Duration bufferBefore() {
    return bufferBefore;
  }

  /** {@return time kept clear after each meeting} */
  public Duration bufferAfter() {
    return bufferAfter;
  }

  /** {@return how long before its start a meeting must be booked, at least} */
  public Duration minimumNotice() {
    return minimumNotice;
  }

  /** {@return the dates a meeting may start on} */
  public BookingWindow bookingWindow() {
    return bookingWindow;
  }

  /** {@return the most active bookings of this event type starting on one local date, if limited} */
  public OptionalInt dailyLimit() {
    return dailyLimit;
  }

  /** {@return the most active bookings of this event type starting in one ISO week (Monday first), if limited} */
  public OptionalInt weeklyLimit() {
    return weeklyLimit;
  }

  /**
   * Whether a guest may book this length.
   *
   * @param duration a meeting length
   * @return true if it is one of the durations
   */
  public boolean offers(Duration duration) {
    return durations.contains(duration);
  }

  private static String describe(List<Duration> durations) {
    List<String> minutes = new ArrayList<>();
    durations.forEach(duration -> minutes.add(Long.toString(duration.toMinutes())));
    return "[" + String.join(", ", minutes) + "] minutes";
  }

  @Override
  public String toString() {
    return "EventTypeRules[durations=" + describe(durations) + ", default=" + defaultDuration.toMinutes()
        + ", interval=" + slotInterval.toMinutes() + ", buffers=" + bufferBefore.toMinutes() + "/"
        + bufferAfter.toMinutes() + ", notice=" + minimumNotice.toMinutes() + ", window=" + bookingWindow
        + ", dailyLimit=" + dailyLimit + ", weeklyLimit=" + weeklyLimit + "]";
  }

  /** Collects the rules; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private List<Duration> durations = List.of();
    private Duration defaultDuration;
    private Duration slotInterval;
    private Duration bufferBefore = Duration.ZERO;
    private Duration bufferAfter = Duration.ZERO;
    private Duration minimumNotice = Duration.ZERO;
    private BookingWindow bookingWindow = BookingWindow.rollingDays(60);
    private OptionalInt dailyLimit = OptionalInt.empty();
    private OptionalInt weeklyLimit = OptionalInt.empty();

    private Builder() {}

    /**
     * The meeting lengths; the first is the default unless {@link #defaultDuration} says otherwise.
     *
     * @param durations one or more distinct lengths
     * @return this builder
     */
    public Builder durations(List<Duration> durations) {
      this.durations = durations;
      return this;
    }

    /**
     * The meeting lengths; the first is the default unless {@link #defaultDuration} says otherwise.
     *
     * @param durations one or more distinct lengths
     * @return this builder
     */
    public Builder durations(Duration... durations) {
      return durations(List.of(durations));
    }

    /**
     * The length offered when a guest does not choose; one of the durations.
     *
     * @param duration the default length
     * @return this builder
     */
    public Builder defaultDuration(Duration duration) {
      this.defaultDuration = duration;
      return this;
    }

    /**
     * The step between candidate starts.
     *
     * @param interval 5 to 720 minutes
     * @return this builder
     */
    public Builder slotInterval(Duration interval) {
      this.slotInterval = interval;
      return this;
    }

    /**
     * Time kept clear before each meeting.
     *
     * @param buffer 0 to 720 minutes
     * @return this builder
     */
    public Builder bufferBefore(Duration buffer) {
      this.bufferBefore = buffer;
      return this;
    }

    /**
     * Time kept clear after each meeting.
     *
     * @param buffer 0 to 720 minutes
     * @return this builder
     */
    public Builder bufferAfter(Duration buffer) {
      this.bufferAfter = buffer;
      return this;
    }

    /**
     * How long before its start a meeting must be booked.
     *
     * @param notice 0 to 525,600 minutes
     * @return this builder
     */
    public Builder minimumNotice(Duration notice) {
      this.minimumNotice = notice;
      return this;
    }

    /**
     * The dates a meeting may start on.
     *
     * @param window the booking window
     * @return this builder
     */
    public Builder bookingWindow(BookingWindow window) {
      this.bookingWindow = window;
      return this;
    }

    /**
     * The most bookings of this event type starting on one local date.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder dailyLimit(int limit) {
      this.dailyLimit = OptionalInt.of(Require.between("dailyLimit", limit, 1, Integer.MAX_VALUE));
      return this;
    }

    /**
     * The most bookings of this event type starting in one ISO week.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder weeklyLimit(int limit) {
      this.weeklyLimit = OptionalInt.of(Require.between("weeklyLimit", limit, 1, Integer.MAX_VALUE));
      return this;
    }

    /**
     * The rules.
     *
     * @return the checked, immutable rules
     * @throws SchedulingInputException naming the first field that breaks a bound
     */
    public EventTypeRules build() {
      return new EventTypeRules(this);
    }
  }
}
