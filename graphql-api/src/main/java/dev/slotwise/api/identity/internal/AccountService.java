package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.identity.Plan;
import dev.slotwise.api.identity.Role;
import dev.slotwise.api.identity.SignedInUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.identity.UserRegistered;
import dev.slotwise.api.identity.internal.IdentityPayloads.AuthPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.ErrorsPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.LogoutPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.RegisterInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.RegisterPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.SessionView;
import dev.slotwise.api.identity.internal.IdentityPayloads.SetUserPlanPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.UserView;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.platform.UserError;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts: registration proven by an emailed code, sign-in, session refresh and sign-out, plans. Answers never
 * reveal whether an email has an account. Password hashing runs outside transactions, so its deliberate
 * slowness holds no database connection.
 */
@Service
class AccountService {
  static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
  static final String EMAIL_NOT_VERIFIED = "EMAIL_NOT_VERIFIED";
  static final String USERNAME_TAKEN = "USERNAME_TAKEN";
  static final String INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN";
  static final String NOT_FOUND = "NOT_FOUND";

  private final UserAccountRepository users;
  private final OneTimeCodes codes;
  private final Sessions sessions;
  private final PasswordEncoder passwords;
  private final IdentityLimits limits;
  private final IdentityProperties properties;
  private final Caller caller;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;
  /** A real hash to check against when the email is unknown, so such answers take as long as others. */
  private final String decoyHash;

  AccountService(UserAccountRepository users, OneTimeCodes codes, Sessions sessions, PasswordEncoder passwords,
      IdentityLimits limits, IdentityProperties properties, Caller caller, ApplicationEventPublisher events,
      TransactionTemplate transactions, Clock clock) {
    this.users = users;
    this.codes = codes;
    this.sessions = sessions;
    this.passwords = passwords;
    this.limits = limits;
    this.properties = properties;
    this.caller = caller;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
    this.decoyHash = passwords.encode(UUID.randomUUID().toString());
  }

  public RegisterPayload register(RegisterInput input, String address) {
    String email = AccountInput.normalizeEmail(input.email());
    String username = input.username() == null ? null : input.username().strip().toLowerCase(Locale.ROOT);
    AccountInput check = new AccountInput().email(email).password(input.password()).name(input.name())
        .username(username).timeZone(input.timeZone());
    if (!check.isValid()) {
      return new RegisterPayload(null, check.errors());
    }
    if (!limits.registration(address)) {
      return new RegisterPayload(null, List.of(UserError.rateLimited()));
    }
    String passwordHash = passwords.encode(input.password());
    String name = input.name().strip();
    try {
      List<UserError> errors = transactions.execute(status -> {
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent() && existing.get().isVerified()) {
          events.publishEvent(IdentityMails.alreadyRegistered(email));
          return List.<UserError>of();
        }
        Optional<UserAccount> owner = users.findByUsername(username);
        if (owner.isPresent() && (existing.isEmpty() || !owner.get().id().equals(existing.get().id()))) {
          return List.of(usernameTaken(username));
        }
        if (existing.isPresent()) {
          existing.get().replacePendingDetails(passwordHash, name, username, input.timeZone(), clock.instant());
        } else {
          users.saveAndFlush(new UserAccount(UUID.randomUUID(), email, passwordHash, name, username,
              input.timeZone(), clock.instant()));
        }
        sendAccountCode(email);
        return List.<UserError>of();
      });
      return errors.isEmpty() ? new RegisterPayload(email, errors) : new RegisterPayload(null, errors);
    } catch (DataIntegrityViolationException race) {
      // Someone registered the same email or username at the same moment. For the email, answer as for any
      // registration; for the username, say it is taken.
      boolean usernameClash = String.valueOf(race.getMostSpecificCause().getMessage()).contains("username");
      return usernameClash ? new RegisterPayload(null, List.of(usernameTaken(username)))
          : new RegisterPayload(email, List.of());
    }
  }

  public ErrorsPayload resendVerificationCode(String rawEmail, String address) {
    String email = AccountInput.normalizeEmail(rawEmail);
    AccountInput check = new AccountInput().email(email);
    if (!check.isValid()) {
      return new ErrorsPayload(check.errors());
    }
    if (!limits.codeRequest(address)) {
      return new ErrorsPayload(List.of(UserError.rateLimited()));
    }
    transactions.executeWithoutResult(status -> users.findByEmail(email).filter(account -> !account.isVerified())
        .ifPresent(account -> sendAccountCode(email)));
    return ErrorsPayload.ok();
  }

  public AuthPayload verifyEmail(String rawEmail, String code, String address) {
    String email = AccountInput.normalizeEmail(rawEmail);
    AccountInput check = new AccountInput().email(email).code(code);
    if (!check.isValid()) {
      return AuthPayload.failed(check.errors());
    }
    if (!limits.codeCheck(address)) {
      return AuthPayload.failed(UserError.rateLimited());
    }
    return transactions.execute(status -> {
      OneTimeCodes.Verdict verdict = codes.check(email, CodePurpose.ACCOUNT_VERIFICATION, code);
      Optional<UserAccount> account = users.findByEmail(email);
      if (verdict != OneTimeCodes.Verdict.ACCEPTED || account.isEmpty()) {
        return AuthPayload.failed(CodeErrors.of(verdict));
      }
      UserAccount user = account.get();
      if (!user.isVerified()) {
        Role role = properties.adminEmails().stream().map(AccountInput::normalizeEmail).anyMatch(email::equals)
            ? Role.ADMIN : Role.HOST;
        user.verifyEmail(role, clock.instant());
        // In this transaction, so the new user's defaults exist exactly when the account does.
        events.publishEvent(new UserRegistered(new UserId(user.id()), user.timeZone()));
      }
      return new AuthPayload(SessionView.of(sessions.start(user.id())), UserView.of(user), List.of());
    });
  }

  public AuthPayload login(String rawEmail, String password, String address) {
    String email = AccountInput.normalizeEmail(rawEmail);
    AccountInput check = new AccountInput().email(email);
    if (!check.isValid() || password == null || password.isEmpty()) {
      return AuthPayload.failed(invalidCredentials());
    }
    if (!limits.login(email, address)) {
      return AuthPayload.failed(UserError.rateLimited());
    }
    Optional<UserAccount> account = users.findByEmail(email);
    String hash = account.map(UserAccount::passwordHash).orElse(decoyHash);
    if (!passwords.matches(password, hash) || account.isEmpty()) {
      return AuthPayload.failed(invalidCredentials());
    }
    String upgradedHash = passwords.upgradeEncoding(hash) ? passwords.encode(password) : null;
    return transactions.execute(status -> {
      UserAccount user = users.findById(account.get().id()).orElseThrow();
      if (!user.isVerified()) {
        sendAccountCode(email);
        return AuthPayload.failed(UserError.general(EMAIL_NOT_VERIFIED,
            "Verify your email first: enter the code we sent (a new one is on its way)."));
      }
      if (upgradedHash != null) {
        user.rehashPassword(upgradedHash, clock.instant());
      }
      return new AuthPayload(SessionView.of(sessions.start(user.id())), UserView.of(user), List.of());
    });
  }

  public AuthPayload refreshSession(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
      return AuthPayload.failed(invalidRefreshToken());
    }
    return transactions.execute(status -> sessions.refresh(refreshToken)
        .map(issued -> {
          UserAccount user = users.findById(issued.userId()).orElseThrow();
          return new AuthPayload(SessionView.of(issued), UserView.of(user), List.<UserError>of());
        })
        .orElseGet(() -> AuthPayload.failed(invalidRefreshToken())));
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public LogoutPayload logout() {
    SignedInUser user = caller.requireSignedIn();
    boolean ended = Boolean.TRUE.equals(transactions.execute(status -> sessions.end(user.sessionId(), "logout")));
    return new LogoutPayload(ended ? 1 : 0, List.of());
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public LogoutPayload logoutEverywhere() {
    SignedInUser user = caller.requireSignedIn();
    Integer ended = transactions.execute(status -> sessions.endAll(user.id().value(), "logout everywhere"));
    return new LogoutPayload(ended == null ? 0 : ended, List.of());
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public UserView me() {
    SignedInUser user = caller.requireSignedIn();
    return users.findById(user.id().value()).map(UserView::of)
        .orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED, "The account no longer exists"));
  }

  @PreAuthorize("hasRole('ADMIN')")
  public SetUserPlanPayload setUserPlan(String userId, Plan plan) {
    UUID id;
    try {
      id = GlobalId.decode("User", userId);
    } catch (ApiException notAUserId) {
      return new SetUserPlanPayload(null, List.of(UserError.onInput("userId", NOT_FOUND, "No user has this ID")));
    }
    return transactions.execute(status -> users.findById(id).map(user -> {
      user.changePlan(plan, clock.instant());
      return new SetUserPlanPayload(UserView.of(user), List.<UserError>of());
    }).orElseGet(() -> new SetUserPlanPayload(null,
        List.of(UserError.onInput("userId", NOT_FOUND, "No user has this ID")))));
  }

  /** Issues a code unless one went out too recently, and emails it once the transaction commits. */
  private void sendAccountCode(String email) {
    codes.issue(email, CodePurpose.ACCOUNT_VERIFICATION)
        .ifPresent(code -> events.publishEvent(IdentityMails.accountCode(email, code, properties.codeTtl())));
  }

  private static UserError invalidCredentials() {
    return UserError.general(INVALID_CREDENTIALS, "The email or the password is wrong.");
  }

  private static UserError invalidRefreshToken() {
    return UserError.onInput("refreshToken", INVALID_REFRESH_TOKEN,
        "This refresh token does not work: it is unknown, expired, already used, or its session has ended. "
            + "Sign in again.");
  }

  private static UserError usernameTaken(String username) {
    return UserError.onInput("username", USERNAME_TAKEN, "username '" + username + "' is taken");
  }
}
