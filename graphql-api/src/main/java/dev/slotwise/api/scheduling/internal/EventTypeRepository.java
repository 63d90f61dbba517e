package dev.slotwise.api.scheduling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventTypeRepository extends JpaRepository<EventTypeEntity, UUID> {
  @EntityGraph(attributePaths = "durations")
  List<EventTypeEntity> findByHostIdOrderByCreatedAtAscIdAsc(UUID hostId);

  @EntityGraph(attributePaths = "durations")
  List<EventTypeEntity> findByHostIdAndActiveTrueOrderByCreatedAtAscIdAsc(UUID hostId);

  @EntityGraph(attributePaths = "durations")
  Optional<EventTypeEntity> findWithDurationsById(UUID id);

  @Query("select count(e) from EventTypeEntity e where e.hostId = ?1 and e.active = true")
  long countActive(UUID hostId);

  boolean existsByHostIdAndSlug(UUID hostId, String slug);

  boolean existsByHostIdAndSlugAndIdNot(UUID hostId, String slug, UUID id);

  /** The host's event types that use this schedule. */
  @EntityGraph(attributePaths = "durations")
  List<EventTypeEntity> findByHostIdAndScheduleId(UUID hostId, UUID scheduleId);
}
