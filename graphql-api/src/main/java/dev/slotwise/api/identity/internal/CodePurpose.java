package dev.slotwise.api.identity.internal;

/** What a one-time code proves, so a guest's code cannot activate an account and the other way round. */
enum CodePurpose {
  ACCOUNT_VERIFICATION,
  GUEST_EMAIL
}
