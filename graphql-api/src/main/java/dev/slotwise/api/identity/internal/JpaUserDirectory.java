package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.identity.UserId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up for other modules; unverified accounts do not exist to them. */
@Component
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {
  private final UserAccountRepository users;

  JpaUserDirectory(UserAccountRepository users) {
    this.users = users;
  }

  @Override
  public Optional<PublicUser> findByUsername(String username) {
    return username == null ? Optional.empty()
        : users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).filter(UserAccount::isVerified)
            .map(JpaUserDirectory::publicFace);
  }

  @Override
  public Map<UserId, PublicUser> findAll(Collection<UserId> ids) {
    return users.findAllById(ids.stream().map(UserId::value).toList()).stream().filter(UserAccount::isVerified)
        .map(JpaUserDirectory::publicFace).collect(Collectors.toMap(PublicUser::id, user -> user));
  }

  private static PublicUser publicFace(UserAccount account) {
    return new PublicUser(new UserId(account.id()), account.username(), account.name(), account.timeZone(),
        account.plan());
  }
}
