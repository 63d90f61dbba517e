package dev.slotwise.api.scheduling;

/**
 * The cluster channel on which the scheduling module says that a host's availability may have changed (a
 * schedule or event type was edited). Its payload is the host's id. Listeners, such as open booking pages, ask
 * for slots again.
 */
public final class AvailabilityNotices {
  /** The {@link dev.slotwise.api.platform.ClusterEvents} channel. */
  public static final String CHANNEL = "slotwise_host_availability";

  private AvailabilityNotices() {}
}
