package dev.slotwise.load;

import tools.jackson.databind.JsonNode;

/** Checks on answers that the driver relies on. */
final class JsonNodes {
  private JsonNodes() {}

  static void requireNoUserErrors(JsonNode payload, String what) {
    if (!payload.path("userErrors").isEmpty()) {
      throw new IllegalStateException("The API refused " + what + ": " + payload.path("userErrors"));
    }
  }
}
