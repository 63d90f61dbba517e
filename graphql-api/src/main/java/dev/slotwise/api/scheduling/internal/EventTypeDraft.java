package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.scheduling.internal.SchedulingInputs.BookingWindowInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DurationInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.Errors;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.MoneyInput;
import dev.slotwise.scheduling.SchedulingInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event type as a host asks for it: the stored settings (or the defaults, for a new one) with the input's
 * fields laid over them. {@link #settings()} checks the fields the API owns (text, slug, prices, guests), then
 * hands the rest to scheduling-core through {@link EventTypeSettings#rules()}, so every engine bound is the
 * engine's. Each broken rule becomes a VALIDATION error naming the input field, the rule and the value. Not
 * thread-safe; one per request.
 */
final class EventTypeDraft {
  static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$");
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 5000;
  static final int MAX_DURATIONS = 10;
  static final int MAX_EXTRA_GUESTS = 50;
  static final int DEFAULT_ROLLING_DAYS = 60;
  static final String DEFAULT_LOCATION = "VIDEO";
  static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
  /** Up to seven digits before the point and two after it; no sign, no exponent, no grouping. */
  private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,7}(?:\\.[0-9]{1,2})?$");
  private static final Pattern INDEXED_DURATION = Pattern.compile("^durations\\[(\\d+)]$");

  private final Errors errors = new Errors();
  private UUID scheduleId;
  private String title;
  private String slug;
  private String description;
  private List<DurationRow> durations;
  private Integer defaultDuration;
  private Integer slotInterval;
  private int bufferBefore;
  private int bufferAfter;
  private int minimumNotice;
  private Integer windowRollingDays;
  private LocalDate windowFrom;
  private LocalDate windowUntil;
  private Integer dailyLimit;
  private Integer weeklyLimit;
  private int maxExtraGuests;
  private boolean requiresConfirmation;
  private String locationKind;
  private boolean active;
  /** Whether the input's booking window is of neither form or of both, which is reported already. */
  private boolean windowFormBroken;

  private EventTypeDraft() {}

  /** A new event type with the schema's defaults; title, slug and durations must still be given. */
  static EventTypeDraft newEventType() {
    EventTypeDraft draft = new EventTypeDraft();
    draft.description = "";
    draft.durations = List.of();
    draft.windowRollingDays = DEFAULT_ROLLING_DAYS;
    draft.locationKind = DEFAULT_LOCATION;
    draft.active = true;
    return draft;
  }

  /** A stored event type, to be changed. */
  static EventTypeDraft of(EventTypeSettings stored) {
    EventTypeDraft draft = new EventTypeDraft();
    draft.scheduleId = stored.scheduleId();
    draft.title = stored.title();
    draft.slug = stored.slug();
    draft.description = stored.description();
    draft.durations = stored.durations();
    draft.defaultDuration = stored.defaultDuration();
    draft.slotInterval = stored.slotInterval();
    draft.bufferBefore = stored.bufferBefore();
    draft.bufferAfter = stored.bufferAfter();
    draft.minimumNotice = stored.minimumNotice();
    draft.windowRollingDays = stored.windowRollingDays();
    draft.windowFrom = stored.windowFrom();
    draft.windowUntil = stored.windowUntil();
    draft.dailyLimit = stored.dailyLimit();
    draft.weeklyLimit = stored.weeklyLimit();
    draft.maxExtraGuests = stored.maxExtraGuests();
    draft.requiresConfirmation = stored.requiresConfirmation();
    draft.locationKind = stored.locationKind();
    draft.active = stored.active();
    return draft;
  }

  EventTypeDraft title(String given) {
    if (given != null) {
      title = given.strip();
      int length = title.codePointCount(0, title.length());
      if (length < 1 || length > MAX_TITLE) {
        errors.reject(List.of("title"), "must be 1 to " + MAX_TITLE + " characters", given);
      }
    }
    return this;
  }

  EventTypeDraft slug(String given) {
    if (given != null) {
      slug = given;
      if (!SLUG.matcher(given).matches()) {
        errors.reject(List.of("slug"), "must be 1 to 50 lower-case letters, digits and hyphens, starting and "
            + "ending with a letter or digit", given);
      }
    }
    return this;
  }

  EventTypeDraft description(String given) {
    if (given != null) {
      description = given.strip();
      int length = description.codePointCount(0, description.length());
      if (length > MAX_DESCRIPTION) {
        errors.reject(List.of("description"), "must be at most " + MAX_DESCRIPTION + " characters", length);
      }
    }
    return this;
  }

  /**
   * Replaces the durations. A default duration that is no longer among them gives way to the first, as on
   * creation, unless the input names one.
   */
  EventTypeDraft durations(List<DurationInput> given, Integer givenDefault) {
    if (given != null) {
      if (given.size() > MAX_DURATIONS) {
        errors.reject(List.of("durations"), "must hold 1 to " + MAX_DURATIONS + " durations", given.size());
      }
      List<DurationRow> rows = new ArrayList<>(given.size());
      for (int i = 0; i < given.size(); i++) {
        DurationInput duration = given.get(i);
        rows.add(price(i, duration.minutes(), duration.price()));
      }
      durations = List.copyOf(rows);
      if (givenDefault == null && durations.stream().noneMatch(row -> defaultDuration != null
          && row.minutes() == defaultDuration)) {
        defaultDuration = null;
      }
    }
    if (givenDefault != null) {
      defaultDuration = givenDefault;
    }
    return this;
  }

  EventTypeDraft slotInterval(Integer given) {
    if (given != null) {
      slotInterval = given;
    }
    return this;
  }

  EventTypeDraft buffers(Integer before, Integer after) {
    if (before != null) {
      bufferBefore = before;
    }
    if (after != null) {
      bufferAfter = after;
    }
    return this;
  }

  EventTypeDraft minimumNotice(Integer given) {
    if (given != null) {
      minimumNotice = given;
    }
    return this;
  }

  /** Replaces the window with the one given, which must be of exactly one form; its bounds are the engine's. */
  EventTypeDraft bookingWindow(BookingWindowInput given) {
    if (given == null) {
      return this;
    }
    boolean rolling = given.rollingDays() != null;
    boolean fixed = given.from() != null || given.until() != null;
    if (rolling == fixed) {
      errors.reject(List.of("bookingWindow"), "must give either rollingDays, or from and until",
          rolling ? "both" : "neither");
      windowFormBroken = true;
    }
    windowRollingDays = given.rollingDays();
    windowFrom = rolling ? null : given.from();
    windowUntil = rolling ? null : given.until();
    return this;
  }

  /** Sets the daily limit; null for none. */
  EventTypeDraft dailyLimit(Integer given) {
    dailyLimit = given;
    return this;
  }

  /** Sets the weekly limit; null for none. */
  EventTypeDraft weeklyLimit(Integer given) {
    weeklyLimit = given;
    return this;
  }

  /** Sets the schedule, already known to be the host's; null for the host's default. */
  EventTypeDraft scheduleId(UUID given) {
    scheduleId = given;
    return this;
  }

  EventTypeDraft maxExtraGuests(Integer given) {
    if (given != null) {
      maxExtraGuests = given;
      if (given < 0 || given > MAX_EXTRA_GUESTS) {
        errors.reject(List.of("maxExtraGuests"), "must be from 0 to " + MAX_EXTRA_GUESTS, given);
      }
    }
    return this;
  }

  EventTypeDraft requiresConfirmation(Boolean given) {
    if (given != null) {
      requiresConfirmation = given;
    }
    return this;
  }

  EventTypeDraft locationKind(String given) {
    if (given != null) {
      locationKind = given;
    }
    return this;
  }

  EventTypeDraft active(Boolean given) {
    if (given != null) {
      active = given;
    }
    return this;
  }

  /** The errors found so far, and by {@link #settings()}. */
  Errors errors() {
    return errors;
  }

  /**
   * The checked settings, or empty when a rule broke ({@link #errors()} says which). The engine checks the
   * durations, interval, buffers, notice, window and limits whatever the other fields' errors, so one answer
   * reports as much as it can.
   */
  Optional<EventTypeSettings> settings() {
    int defaultMinutes = defaultDuration != null ? defaultDuration
        : durations.isEmpty() ? 0 : durations.get(0).minutes();
    EventTypeSettings settings = new EventTypeSettings(scheduleId, title, slug, description, durations,
        defaultMinutes, slotInterval != null ? slotInterval : defaultMinutes, bufferBefore, bufferAfter, minimumNotice,
        windowRollingDays, windowFrom, windowUntil, dailyLimit, weeklyLimit, maxExtraGuests, requiresConfirmation,
        locationKind, active);
    // A window of the wrong form is reported already; a stand-in lets the engine check the other fields.
    EventTypeSettings checked = windowFormBroken ? new EventTypeSettings(scheduleId, title, slug, description,
        durations, settings.defaultDuration(), settings.slotInterval(), bufferBefore, bufferAfter, minimumNotice,
        DEFAULT_ROLLING_DAYS, null, null, dailyLimit, weeklyLimit, maxExtraGuests, requiresConfirmation,
        locationKind, active) : settings;
    try {
      checked.rules();
    } catch (SchedulingInputException refused) {
      errors.reject(inputPath(refused.field()), refused);
    }
    return errors.isEmpty() ? Optional.of(settings) : Optional.empty();
  }

  /** A duration with its price, if any: a positive amount of at most two decimals in a currency one can pay in. */
  private DurationRow price(int index, int minutes, MoneyInput price) {
    if (price == null) {
      return new DurationRow(minutes, null, null);
    }
    List<Object> path = List.of("durations", index, "price");
    BigDecimal amount = null;
    String amountText = price.amount() == null ? "" : price.amount().strip();
    if (!AMOUNT.matcher(amountText).matches()) {
      reject(path, "amount", "must be a decimal number such as 49.00, with at most two decimals", price.amount());
    } else {
      amount = new BigDecimal(amountText);
      if (amount.signum() <= 0 || amount.compareTo(MAX_PRICE) > 0) {
        reject(path, "amount", "must be more than 0 and at most 1000000", price.amount());
      }
    }
    String code = price.currency() == null ? "" : price.currency().strip().toUpperCase(Locale.ROOT);
    Currency currency = currency(code);
    if (currency == null) {
      reject(path, "currency", "must be an ISO 4217 currency code such as EUR", price.currency());
    } else if (amount != null && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
      reject(path, "amount", "must have at most " + currency.getDefaultFractionDigits() + " decimals in "
          + currency.getCurrencyCode(), price.amount());
    }
    // Stored with two decimals, so 49 and 49.00 read back alike.
    return new DurationRow(minutes, amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY),
        currency == null ? null : currency.getCurrencyCode());
  }

  private void reject(List<Object> path, String field, String rule, Object value) {
    List<Object> full = new ArrayList<>(path);
    full.add(field);
    errors.reject(full, rule, value);
  }

  /**
   * A currency a price can be in. Codes such as XXX (no currency) or XAU (gold) are ISO 4217 codes too, but have
   * no minor unit ({@code getDefaultFractionDigits() < 0}) and are not what a guest pays in.
   */
  private static Currency currency(String code) {
    if (code.length() != 3) {
      return null;
    }
    try {
      Currency currency = Currency.getInstance(code);
      return currency.getDefaultFractionDigits() < 0 ? null : currency;
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The input field that a field of scheduling-core's rules comes from. */
  static List<Object> inputPath(String coreField) {
    Matcher indexed = INDEXED_DURATION.matcher(coreField);
    if (indexed.matches()) {
      return List.of("durations", Integer.parseInt(indexed.group(1)), "minutes");
    }
    return switch (coreField) {
      case "defaultDuration" -> List.of("defaultDurationMinutes");
      case "slotInterval" -> List.of("slotIntervalMinutes");
      case "bufferBefore" -> List.of("bufferBeforeMinutes");
      case "bufferAfter" -> List.of("bufferAfterMinutes");
      case "minimumNotice" -> List.of("minimumNoticeMinutes");
      case "bookingWindow.rollingDays" -> List.of("bookingWindow", "rollingDays");
      case "bookingWindow.from" -> List.of("bookingWindow", "from");
      case "bookingWindow.until" -> List.of("bookingWindow", "until");
      default -> List.of(coreField);
    };
  }
}
