package dev.slotwise.scheduling;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Time zones as the scheduling rules accept them: IANA region ids known to the JVM ({@code Europe/Berlin}) or
 * {@code UTC}. Fixed offsets such as {@code +01:00} are refused, because they do not follow a place's daylight
 * saving changes and a schedule in one would drift by an hour twice a year.
 */
public final class TimeZones {
  private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

  private TimeZones() {}

  /**
   * The zone with the given id.
   *
   * @param field the input's name, for the error
   * @param id an IANA region id or {@code UTC}
   * @return the zone
   * @throws SchedulingInputException if the id is null or not such a zone
   */
  public static ZoneId parse(String field, String id) {
    Require.notNull(field, id);
    if (!KNOWN.contains(id)) {
      throw new SchedulingInputException(field, "must be an IANA time zone id such as Europe/Berlin, or UTC", id);
    }
    return ZoneId.of(id);
  }

  /**
   * Checks that a zone is an IANA region or UTC.
   *
   * @param field the input's name, for the error
   * @param zone the zone
   * @return the same zone
   * @throws SchedulingInputException if it is null or a fixed offset other than UTC
   */
  static ZoneId require(String field, ZoneId zone) {
    Require.notNull(field, zone);
    if (zone.equals(ZoneOffset.UTC) || KNOWN.contains(zone.getId())) {
      return zone;
    }
    throw new SchedulingInputException(field, "must be an IANA time zone id such as Europe/Berlin, or UTC",
        zone.getId());
  }
}
