package dev.slotwise.scheduling;

/**
 * The one exception this library throws for input it cannot accept: a null, an end before a start, an unknown
 * time zone, a value outside the bounds of the scheduling rules. It names the {@linkplain #field() field}, the
 * {@linkplain #rule() rule} that broke and the {@linkplain #value() value} given, so a caller can report the
 * problem to whoever typed it.
 */
public final class SchedulingInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 120;

  /** The input's name. */
  private final String field;
  /** The rule it broke. */
  private final String rule;
  /** The value given, shortened. */
  private final String value;

  /**
   * Creates the exception.
   *
   * @param field the input's name, such as {@code durations[1]} or {@code weeklyRules[0].window}
   * @param rule what the value must satisfy, such as {@code must be between 5 and 720 minutes}
   * @param value the value given; long values are shortened in the message
   */
  public SchedulingInputException(String field, String rule, Object value) {
    super(field + ": " + rule + ", was " + shorten(String.valueOf(value)));
    this.field = field;
    this.rule = rule;
    this.value = shorten(String.valueOf(value));
  }

  /** {@return the name of the input that broke the rule} */
  public String field() {
    return field;
  }

  /** {@return the rule the input broke, phrased as what it must be} */
  public String rule() {
    return rule;
  }

  /** {@return the value given, as text, shortened to at most 120 characters} */
  public String value() {
    return value;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
  }
}
