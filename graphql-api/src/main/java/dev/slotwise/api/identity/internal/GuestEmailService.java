package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.internal.IdentityPayloads.ConfirmEmailPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.ErrorsPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.GuestTokenView;
import dev.slotwise.api.platform.UserError;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Guests prove an email with a one-time code and get a short-lived token bound to it; no account is made. */
@Service
class GuestEmailService {
  private final OneTimeCodes codes;
  private final Tokens tokens;
  private final IdentityLimits limits;
  private final IdentityProperties properties;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  GuestEmailService(OneTimeCodes codes, Tokens tokens, IdentityLimits limits, IdentityProperties properties,
      ApplicationEventPublisher events, TransactionTemplate transactions) {
    this.codes = codes;
    this.tokens = tokens;
    this.limits = limits;
    this.properties = properties;
    this.events = events;
    this.transactions = transactions;
  }

  /** Sends a code, unless one went to this email a moment ago; the answer is the same either way. */
  public ErrorsPayload requestEmailVerification(String rawEmail, String address) {
    String email = AccountInput.normalizeEmail(rawEmail);
    AccountInput check = new AccountInput().email(email);
    if (!check.isValid()) {
      return new ErrorsPayload(check.errors());
    }
    if (!limits.codeRequest(address)) {
      return new ErrorsPayload(List.of(UserError.rateLimited()));
    }
    transactions.executeWithoutResult(status -> codes.issue(email, CodePurpose.GUEST_EMAIL)
        .ifPresent(code -> events.publishEvent(IdentityMails.guestCode(email, code, properties.codeTtl()))));
    return ErrorsPayload.ok();
  }

  public ConfirmEmailPayload confirmEmail(String rawEmail, String code, String address) {
    String email = AccountInput.normalizeEmail(rawEmail);
    AccountInput check = new AccountInput().email(email).code(code);
    if (!check.isValid()) {
      return new ConfirmEmailPayload(null, check.errors());
    }
    if (!limits.codeCheck(address)) {
      return new ConfirmEmailPayload(null, List.of(UserError.rateLimited()));
    }
    OneTimeCodes.Verdict verdict = transactions.execute(status -> codes.check(email, CodePurpose.GUEST_EMAIL, code));
    if (verdict != OneTimeCodes.Verdict.ACCEPTED) {
      return new ConfirmEmailPayload(null, List.of(CodeErrors.of(verdict)));
    }
    Tokens.Signed token = tokens.guestToken(email);
    return new ConfirmEmailPayload(new GuestTokenView(token.value(), email, IdentityPayloads.utc(token.expiresAt())),
        List.of());
  }
}
