package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.Plan;
import dev.slotwise.api.identity.Role;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.platform.UserError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the identity mutations take and answer, shaped as the schema's input and payload types. */
final class IdentityPayloads {
  private IdentityPayloads() {}

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  record RegisterInput(String email, String password, String name, String username, String timeZone) {}

  record EmailInput(String email) {}

  record EmailCodeInput(String email, String code) {}

  record LoginInput(String email, String password) {}

  record RefreshSessionInput(String refreshToken) {}

  record SetUserPlanInput(String userId, Plan plan) {}

  record UserView(String id, String email, String name, String username, String timeZone, Plan plan, Role role,
      OffsetDateTime createdAt) {
    static UserView of(UserAccount account) {
      return new UserView(GlobalId.encode("User", account.id()), account.email(), account.name(),
          account.username(), account.timeZone(), account.plan(), account.role(), utc(account.createdAt()));
    }
  }

  record SessionView(String accessToken, OffsetDateTime accessTokenExpiresAt, String refreshToken,
      OffsetDateTime refreshTokenExpiresAt) {
    static SessionView of(Sessions.Issued issued) {
      return new SessionView(issued.accessToken().value(), utc(issued.accessToken().expiresAt()),
          issued.refreshToken(), utc(issued.refreshTokenExpiresAt()));
    }
  }

  record GuestTokenView(String token, String email, OffsetDateTime expiresAt) {}

  record RegisterPayload(String email, List<UserError> userErrors) {}

  record ErrorsPayload(List<UserError> userErrors) {
    static ErrorsPayload ok() {
      return new ErrorsPayload(List.of());
    }
  }

  record AuthPayload(SessionView session, UserView user, List<UserError> userErrors) {
    static AuthPayload failed(UserError error) {
      return new AuthPayload(null, null, List.of(error));
    }

    static AuthPayload failed(List<UserError> errors) {
      return new AuthPayload(null, null, errors);
    }
  }

  record LogoutPayload(int sessionsEnded, List<UserError> userErrors) {}

  record ConfirmEmailPayload(GuestTokenView guestToken, List<UserError> userErrors) {}

  record SetUserPlanPayload(UserView user, List<UserError> userErrors) {}
}
