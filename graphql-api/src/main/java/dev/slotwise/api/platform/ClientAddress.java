package dev.slotwise.api.platform;

/**
 * The network address a GraphQL request came from, as Spring Boot resolved it (honouring
 * {@code server.forward-headers-strategy} behind a proxy). Controllers read it with
 * {@code @ContextValue(ClientAddress.CONTEXT_KEY) String address}, for per-address rate limits.
 */
public final class ClientAddress {
  /** The key of the address in the GraphQL context. */
  public static final String CONTEXT_KEY = "slotwise.clientAddress";

  private ClientAddress() {}
}
