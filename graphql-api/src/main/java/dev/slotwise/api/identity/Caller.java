package dev.slotwise.api.identity;

import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, as established from the request's bearer token. Services ask it; resolvers need not. */
@Component
public class Caller {

  /** The signed-in user, if the request carries a valid access token. */
  public Optional<SignedInUser> signedInUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        ? Optional.of(user) : Optional.empty();
  }

  /** The guest, if the request carries a valid guest token. */
  public Optional<VerifiedGuest> guest() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof VerifiedGuest guest
        ? Optional.of(guest) : Optional.empty();
  }

  /**
   * The signed-in user.
   *
   * @throws ApiException {@link ErrorCode#UNAUTHENTICATED} if there is none
   */
  public SignedInUser requireSignedIn() {
    return signedInUser().orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED,
        "Sign in first: this needs an access token in the Authorization header"));
  }
}
