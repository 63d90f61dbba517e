package dev.slotwise.api.identity;

import java.util.UUID;

/**
 * A user's identity, for other modules to refer to users without reaching into this one's tables.
 *
 * @param value the UUID
 */
public record UserId(UUID value) {
  public UserId {
    java.util.Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
