package dev.slotwise.api.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What other modules may know of a user: the public face, never the email or anything secret. */
public interface UserDirectory {

  /**
   * A verified user's public face.
   *
   * @param id the user
   * @param username the handle in booking links
   * @param name the name shown to guests
   * @param timeZone the user's IANA time zone
   * @param plan the user's plan
   */
  record PublicUser(UserId id, String username, String name, String timeZone, Plan plan) {}

  /** The verified user with this username, if any. */
  Optional<PublicUser> findByUsername(String username);

  /** The verified users among these ids, in one query. */
  Map<UserId, PublicUser> findAll(Collection<UserId> ids);

  /** The verified user with this id, if any. */
  default Optional<PublicUser> find(UserId id) {
    return Optional.ofNullable(findAll(java.util.List.of(id)).get(id));
  }
}
