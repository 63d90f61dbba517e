package dev.slotwise.api.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OneTimeCodeRepository extends JpaRepository<OneTimeCode, UUID> {
  /** The newest code, locked, so that concurrent guesses are counted one after another. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<OneTimeCode> findFirstByEmailAndPurposeOrderByCreatedAtDesc(String email, CodePurpose purpose);

  @Query("select count(c) from OneTimeCode c where c.email = ?1 and c.purpose = ?2 and c.createdAt > ?3")
  long countIssuedSince(String email, CodePurpose purpose, Instant since);
}
