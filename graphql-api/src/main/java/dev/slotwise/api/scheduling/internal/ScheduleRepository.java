package dev.slotwise.api.scheduling.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleRepository extends JpaRepository<ScheduleEntity, UUID> {
  List<ScheduleEntity> findByHostIdOrderByIsDefaultDescCreatedAtAscIdAsc(UUID hostId);

  Optional<ScheduleEntity> findByHostIdAndIsDefaultTrue(UUID hostId);


  /** Schedules with their weekly rules; {@link #findWithDateOverridesByIdIn} fills in their overrides. */
  @Query("select distinct s from ScheduleEntity s left join fetch s.weeklyRules where s.id in ?1")
  List<ScheduleEntity> findWithWeeklyRulesByIdIn(Collection<UUID> ids);

  /**
   * Schedules with their date overrides. Called after {@link #findWithWeeklyRulesByIdIn} in one transaction, it
   * completes the same instances: two queries, instead of one whose rows are every rule times every override.
   */
  @Query("select distinct s from ScheduleEntity s left join fetch s.dateOverrides where s.id in ?1")
  List<ScheduleEntity> findWithDateOverridesByIdIn(Collection<UUID> ids);
}
