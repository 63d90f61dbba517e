package dev.slotwise.api.scheduling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<ScheduleEntity, UUID> {
  List<ScheduleEntity> findByHostIdOrderByIsDefaultDescCreatedAtAsc(UUID hostId);

  Optional<ScheduleEntity> findByHostIdAndIsDefaultTrue(UUID hostId);

  /** A schedule with its rules and overrides, in one query. */
  @EntityGraph(attributePaths = {"weeklyRules", "dateOverrides"})
  Optional<ScheduleEntity> findWithRulesById(UUID id);

  /** A host's default schedule with its rules and overrides, in one query. */
  @EntityGraph(attributePaths = {"weeklyRules", "dateOverrides"})
  Optional<ScheduleEntity> findWithRulesByHostIdAndIsDefaultTrue(UUID hostId);
}
