-- Every change to schedules, event types and bookings, written in the transaction that makes it: who, what,
-- when, and the entity before and after, as JSON.
create table change_log (
    id          bigserial   primary key,
    module      text        not null,
    entity_type text        not null,
    entity_id   uuid        not null,
    action      text        not null,
    actor       text        not null,
    changed_at  timestamptz not null,
    before_data jsonb,
    after_data  jsonb
);
create index change_log_entity on change_log (entity_type, entity_id, changed_at);
