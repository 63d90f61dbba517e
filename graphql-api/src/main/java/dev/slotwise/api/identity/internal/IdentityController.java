package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.internal.IdentityPayloads.AuthPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.ConfirmEmailPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.EmailCodeInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.EmailInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.ErrorsPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.LoginInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.LogoutPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.RefreshSessionInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.RegisterInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.RegisterPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.SetUserPlanInput;
import dev.slotwise.api.identity.internal.IdentityPayloads.SetUserPlanPayload;
import dev.slotwise.api.identity.internal.IdentityPayloads.UserView;
import dev.slotwise.api.platform.ClientAddress;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The identity fields of Query and Mutation; each hands its arguments to a service. */
@Controller
class IdentityController {
  private final AccountService accounts;
  private final GuestEmailService guests;

  IdentityController(AccountService accounts, GuestEmailService guests) {
    this.accounts = accounts;
    this.guests = guests;
  }

  @QueryMapping
  UserView me() {
    return accounts.me();
  }

  @MutationMapping
  RegisterPayload register(@Argument RegisterInput input, @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return accounts.register(input, address);
  }

  @MutationMapping
  ErrorsPayload resendVerificationCode(@Argument EmailInput input,
      @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return accounts.resendVerificationCode(input.email(), address);
  }

  @MutationMapping
  AuthPayload verifyEmail(@Argument EmailCodeInput input, @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return accounts.verifyEmail(input.email(), input.code(), address);
  }

  @MutationMapping
  AuthPayload login(@Argument LoginInput input, @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return accounts.login(input.email(), input.password(), address);
  }

  @MutationMapping
  AuthPayload refreshSession(@Argument RefreshSessionInput input) {
    return accounts.refreshSession(input.refreshToken());
  }

  @MutationMapping
  LogoutPayload logout() {
    return accounts.logout();
  }

  @MutationMapping
  LogoutPayload logoutEverywhere() {
    return accounts.logoutEverywhere();
  }

  @MutationMapping
  ErrorsPayload requestEmailVerification(@Argument EmailInput input,
      @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return guests.requestEmailVerification(input.email(), address);
  }

  @MutationMapping
  ConfirmEmailPayload confirmEmail(@Argument EmailCodeInput input,
      @ContextValue(ClientAddress.CONTEXT_KEY) String address) {
    return guests.confirmEmail(input.email(), input.code(), address);
  }

  @MutationMapping
  SetUserPlanPayload setUserPlan(@Argument SetUserPlanInput input) {
    return accounts.setUserPlan(input.userId(), input.plan());
  }
}
