package dev.slotwise.api.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque GraphQL IDs: the type name and the UUID, base64url-encoded. Clients must not parse them; the type
 * name inside lets the server refuse an ID of the wrong kind instead of looking it up in the wrong table.
 */
public final class GlobalId {
  private GlobalId() {}

  public static String encode(String type, UUID id) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The UUID inside an ID of the given type.
   *
   * @throws ApiException with {@link ErrorCode#NOT_FOUND} if the ID is malformed or of another type, since to
   *     the caller it names nothing
   */
  public static UUID decode(String type, String id) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      if (text.startsWith(type + ":")) {
        return UUID.fromString(text.substring(type.length() + 1));
      }
    } catch (IllegalArgumentException malformed) {
      // Falls through: a malformed ID names nothing, like one of another type.
    }
    throw new ApiException(ErrorCode.NOT_FOUND, "No " + type + " has this ID");
  }
}
