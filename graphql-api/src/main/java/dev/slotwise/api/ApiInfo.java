package dev.slotwise.api;

/**
 * Identity of the running API, as exposed by the {@code apiInfo} query.
 *
 * @param name the service name
 * @param version the build version, or {@code dev} when the server runs without build information
 */
public record ApiInfo(String name, String version) {}
