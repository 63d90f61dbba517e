package dev.slotwise.api.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserSessionRepository extends JpaRepository<UserSession, UUID> {
  @Modifying
  @Query("""
      update UserSession s set s.endedAt = ?2, s.endedReason = ?3, s.version = s.version + 1
      where s.userId = ?1 and s.endedAt is null""")
  int endAllOf(UUID userId, Instant now, String reason);
}
