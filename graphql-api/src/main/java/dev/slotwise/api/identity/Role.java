package dev.slotwise.api.identity;

/** What a user may administer. */
public enum Role {
  /** An ordinary user, managing their own things. */
  HOST,
  /** May also manage other users' plans. */
  ADMIN
}
